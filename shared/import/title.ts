// What the title block says: the year, the capital type ("vốn đầu tư phát triển", "kinh phí sự
// nghiệp"), and the decision the annex belongs to ("Quyết định số 413/QĐ-UBND ngày 06/4/2022 của
// UBND tỉnh"), so the origin can be named as she names it.
import type { Capital, Source } from '../claim';
import { fold } from './grid';

export interface DecisionRef {
  number: string;
  /** ISO date */
  date: string | null;
  issuer: string | null;
}

export interface TitleFacts {
  title: string;
  year: number | null;
  capital: Capital | null;
  /** "nguồn ngân sách trung ương" → NSTW, "ngân sách địa phương", "vốn đối ứng" → NSĐP */
  source: Source | null;
  decision: DecisionRef | null;
}

const DECISION = /quyết định\s+số\s*:?\s*([0-9A-Za-zĐđ/\-.]+)(?:\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))?(?:\s+(?:của\s+)?([^)]+?))?\s*\)?\s*$/i;

const BOILERPLATE = /^(cong hoa xa hoi chu nghia viet nam|doc lap\W+tu do\W+hanh phuc|(bieu|mau) so\b)|, ngay \d{1,2} thang \d{1,2} nam \d{4}$/;

/** What every official sheet carries above its title and is not the title: the national motto,
 * "Biểu số 01", the place and date of signing. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(fold(text).replace(/[.]+$/, ''));
}

export function titleFacts(lines: readonly string[]): TitleFacts {
  const title = lines.join(' ').replace(/\s+/g, ' ').trim();
  const folded = fold(title);
  // "Phong Thổ, ngày 05 tháng 01 năm 2024" beside the title is when it was signed, not its year
  const undated = folded.replace(/\bngay \d{1,2} thang \d{1,2} nam 20\d\d\b/g, ' ');
  const year = /\bnam (20\d\d)\b/.exec(undated)?.[1] ?? /\b(20\d\d)\b/.exec(undated)?.[1];
  return { title, year: year ? Number(year) : null, capital: nearestCapital(lines) ?? capitalOf(folded), source: sourceOf(folded), decision: decisionOf(lines) };
}

/** The capital type the line nearest the table names alone: a heading "I. VỐN ĐẦU TƯ PHÁT TRIỂN"
 * under a title over both kinds of money. */
function nearestCapital(lines: readonly string[]): Capital | null {
  for (const line of [...lines].reverse()) {
    const capital = capitalOf(fold(line));
    if (capital) return capital;
  }
  return null;
}

/** The source of money a title or a header names; both or neither → unknown. */
export function sourceOf(folded: string): Source | null {
  const central = /ngan sach (trung uong|tw)\b|\bns ?tw\b|von trung uong/.test(folded);
  const local = /ngan sach (dia phuong|tinh|huyen|xa)\b|\bns ?dp\b|doi ung|von dia phuong/.test(folded);
  return central === local ? null : central ? 'NSTW' : 'NSDP';
}

/** "vốn đầu tư phát triển", "Vốn ĐT" → ĐT; "sự nghiệp", "thường xuyên", "Vốn SN" → SN; both or neither → unknown. */
export function capitalOf(folded: string): Capital | null {
  const dt = /dau tu phat trien|von dau tu|\bdtpt\b|\bvon ?dt\b|^dt$/.test(folded);
  const sn = /su nghiep|thuong xuyen|\b(von|kp|kinh phi) ?sn\b|^sn$/.test(folded);
  return dt === sn ? null : dt ? 'DT' : 'SN';
}

function decisionOf(lines: readonly string[]): DecisionRef | null {
  for (const line of lines) {
    const m = DECISION.exec(line.replace(/\s+/g, ' ').trim());
    if (!m) continue;
    const date = m[4] ? `${m[4]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
    return { number: m[1]!.replace(/[.,]$/, ''), date, issuer: m[5]?.trim() || null };
  }
  return null;
}
