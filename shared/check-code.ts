// The "Mã kiểm tra" of a book's history: the head of its hash-chained log (the last row's hash)
// cut to twelve hex digits in three groups, short enough to print under a signed sheet and type
// back. A printed code ties the paper to the history as it stood: a history rewritten since
// (the chain recomputed from a forged row) no longer passes through it. 48 bits: forging a
// history to match one printed code takes some 2^47 tries of SHA-256 over whole rewrites.

declare const checkCodeBrand: unique symbol;
/** "7F3A-91C2-0B5E" */
export type CheckCode = string & { readonly [checkCodeBrand]: true };

const DIGITS = 12;

/** The code of a chain head (64 hex digits). */
export function checkCodeOf(head: string): CheckCode {
  const hex = head.slice(0, DIGITS).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}` as CheckCode;
}

/** A code as she types it (any case, dashes or spaces or none); null when it cannot be one. */
export function parseCheckCode(text: string): CheckCode | null {
  const hex = text.replace(/[\s-]/g, '');
  return /^[0-9a-f]{12}$/i.test(hex) ? checkCodeOf(hex) : null;
}

/** Whether a chain head has this code. */
export function headHasCode(head: string, code: CheckCode): boolean {
  return checkCodeOf(head) === code;
}
