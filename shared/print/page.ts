// One printed sheet as a complete HTML document: the heading of NĐ 30/2020 (parent agency and
// unit top left, the national motto top right), title, display unit, the table, footnotes, place
// and date, and the signature blocks.
import type { BookSettings, Signer } from '../settings';
import { SCALE_LABEL } from '../i18n/vi';
import { type Content, type Html, el, esc, join, raw } from './html';
import { type PrintScale, longDate } from './format';
import { PRINT_CSS } from './style';
import type { CheckCode } from '../check-code';
import { CHECK_CODE_LABEL } from '../i18n/vi';

export interface SignerBlock {
  title: string;
  /** "(Ký, họ tên)" or "(Ký, họ tên, đóng dấu)" */
  how: string;
  name: string;
}

/** Another party signing the same sheet (the Treasury, the province's finance office). */
export interface Party {
  heading: string;
  /** a line under the heading (what the party confirms) */
  note?: string;
  signers: SignerBlock[];
}

/** A form's own heading in place of NĐ 30's (the Treasury's forms: the unit's codes top left, the
 * form's number and the act that issued it top right). */
export interface FormHeading {
  left: string[];
  right: string[];
}

/** The programme a sheet is about, as its decision names it: printed under the title. */
export interface ProgramHeading {
  name: string;
  basis: string | null;
}

/** What every sheet of a book is printed with: who the unit is (in the sheet's year), the
 * programme, and the book's check code. */
export interface PageCommon {
  settings: BookSettings;
  program?: ProgramHeading;
  /** the "Mã kiểm tra" of the book's history when printed: `sovon verify --code` finds it again */
  checkCode?: CheckCode;
}

export function commonOf(x: PageCommon): PageCommon {
  return { settings: x.settings, ...(x.program && { program: x.program }), ...(x.checkCode && { checkCode: x.checkCode }) };
}

export interface PageSpec extends PageCommon {
  title: string;
  subtitles: string[];
  /** when the table is money */
  scale: PrintScale | null;
  /** the table, given the footnotes and signatures to end its last row group with (so that
   * they never stand alone on a page), or a plain content followed by them */
  table: ((tail: Html) => Html) | Content;
  footnotes: string[];
  /** ISO date of signing */
  date: string;
  parties: Party[];
  form?: FormHeading;
  /** the other party's signatures beside the unit's, in one row (the Treasury's forms: both sign
   * the same sheet, and one row keeps the closing on the page with the table's last lines) */
  partiesBeside?: boolean;
}

export function printPage(p: PageSpec): string {
  const body = join([
    p.form ? formHeading(p.form) : heading(p.settings),
    el('h1', {}, p.title),
    p.program && el('p', { class: 'subtitle program' }, programLine(p.program)),
    ...p.subtitles.map((s, i) => el('p', { class: i === 0 ? 'subtitle' : 'subtitle plain' }, s)),
    p.scale && el('p', { class: 'scale-line' }, `Đơn vị tính: ${SCALE_LABEL[p.scale]}`),
    typeof p.table === 'function' ? p.table(tail(p)) : join([p.table, tail(p)]),
  ]);
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    + `<title>${esc(p.title)}</title><style>${PRINT_CSS}</style></head><body>${body.html}</body></html>\n`;
}

function programLine(p: ProgramHeading): string {
  return p.basis ? `${p.name} (${p.basis})` : p.name;
}

function heading(s: BookSettings): Html {
  const unit = s.unitName || s.title;
  const agency = el('td', { class: 'agency' },
    s.parentAgency && el('div', { class: 'parent' }, s.parentAgency),
    el('div', { class: 'unit' }, unit),
    raw('<div class="rule-short"></div>'),
    s.unitCode && el('div', { class: 'form-code' }, `Mã ĐVQHNS: ${s.unitCode}`));
  const motto = el('td', { class: 'motto' },
    el('div', { class: 'nation' }, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    el('span', { class: 'slogan' }, 'Độc lập - Tự do - Hạnh phúc'));
  return el('table', { class: 'heading' }, el('tr', {}, agency, motto));
}

function formHeading(f: FormHeading): Html {
  return el('table', { class: 'heading form-heading' }, el('tr', {},
    el('td', { class: 'form-left' }, ...f.left.map((l) => el('div', {}, l))),
    el('td', { class: 'form-right' }, ...f.right.map((l, i) => el('div', { class: i === 0 ? 'form-no' : 'form-act' }, l)))));
}

function tail(p: PageSpec): Html {
  return join([p.footnotes.length > 0 && el('ul', { class: 'footnotes' }, ...p.footnotes.map((f) => el('li', {}, f))), closing(p)]);
}

/** Place, date and signatures stay together on the last page: a signature never signs a blank page. */
function closing(p: PageSpec): Html {
  if (p.partiesBeside) return besideClosing(p);
  return el('div', { class: 'closing' },
    p.parties.length > 0 && el('p', { class: 'party' }, UNIT_HEADING),
    signerRow(unitSigners(p.settings), signingLine(p.settings.place, p.date)),
    ...p.parties.flatMap((party) => [el('p', { class: 'party' }, party.heading), party.note && el('p', { class: 'party-note' }, party.note), signerRow(party.signers)]),
    p.checkCode && el('p', { class: 'check-code' }, `${CHECK_CODE_LABEL}: ${p.checkCode}`));
}

/** Over her unit's signers where another party signs the same sheet. */
export const UNIT_HEADING = 'Xác nhận của đơn vị';

/** "Phong Thổ, ngày 20 tháng 01 năm 2024"; no place in her settings: the dotted blank of a paper
 * form, to be written in by hand. */
export function signingLine(place: string, date: string): string {
  return `${place || '…………'}, ${longDate(date)}`;
}

export function unitSigners(s: BookSettings): SignerBlock[] {
  const block = (x: Signer, how = '(Ký, họ tên)') => ({ title: x.title, how, name: x.name });
  return [block(s.signers.preparer), block(s.signers.chiefAccountant), block(s.signers.head, '(Ký, họ tên, đóng dấu)')];
}

/** One row of signatures: the other parties on the left, her unit on the right under the date. */
function besideClosing(p: PageSpec): Html {
  const unit: Party = { heading: UNIT_HEADING, signers: unitSigners(p.settings) };
  const all = [...p.parties, unit];
  const blocks = all.flatMap((x) => x.signers);
  const heads = el('tr', {}, ...all.map((x) => el('td', { colspan: x.signers.length, class: 'party-head' },
    el('div', { class: 'party' }, x.heading), x.note && el('div', { class: 'party-note' }, x.note))));
  const others = p.parties.reduce((n, x) => n + x.signers.length, 0);
  const date = el('tr', {}, el('td', { colspan: others }), el('td', { colspan: unit.signers.length, class: 'date-line beside-date' }, signingLine(p.settings.place, p.date)));
  const cells = blocks.map((b) => el('td', {},
    el('div', { class: 'who' }, b.title), el('div', { class: 'how' }, b.how),
    raw('<div class="space"></div>'), el('div', { class: 'name' }, b.name)));
  return el('div', { class: 'closing' },
    el('table', { class: 'signers beside' }, heads, date, el('tr', {}, ...cells)),
    p.checkCode && el('p', { class: 'check-code' }, `${CHECK_CODE_LABEL}: ${p.checkCode}`));
}

/** `date`: written over the last block (the head of unit signs and dates the sheet). */
function signerRow(blocks: SignerBlock[], date?: string): Html {
  const dateRow = date && el('tr', {}, ...blocks.map((_b, i) => el('td', { class: 'date-line' }, i === blocks.length - 1 ? date : '')));
  const cells = blocks.map((b) => el('td', {},
    el('div', { class: 'who' }, b.title), el('div', { class: 'how' }, b.how),
    raw('<div class="space"></div>'), el('div', { class: 'name' }, b.name)));
  return el('table', { class: 'signers' }, dateRow, el('tr', {}, ...cells));
}
