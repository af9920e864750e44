// What a printed PDF says, read the way an official would check it: its text laid out as on the
// page (poppler's pdftotext -layout), page by page, and its page size.
import { execFileSync } from 'node:child_process';

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; width: number; height: number; paper: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(size[1]), height: Number(size[2]), paper: size[3] ?? '' };
}

/** Text without the layout's runs of spaces, for phrases that may sit across columns. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}
