// The unit's own settings, kept in the book: names, codes and who signs what.
export interface Signer {
  title: string;
  name: string;
}

export interface BookSettings {
  title: string;
  unitName: string;
  parentAgency: string;
  unitCode: string;
  place: string;
  /** the Treasury's codes of her unit, printed on its forms (01a-, 02a-, 04-SDKP/ĐVDT): mã chương,
   * mã cấp ngân sách, mã KBNN nơi giao dịch; absent, the forms leave a dotted blank */
  treasury?: { chapter: string; budgetLevel: string; office: string };
  /** the year she starts keeping this book (a new book asks it): an empty book opens there */
  firstYear: number | null;
  signers: {
    preparer: Signer;
    chiefAccountant: Signer;
    head: Signer;
  };
  /** who the unit was and who signed in earlier years, oldest first (a district became a
   * commune in 2025, a chief accountant retired): a sheet printed for 2024 shows who signed then */
  earlier?: SettingsEra[];
}

/** The unit's names and signers for the years up to `until` (after the era before it). */
export interface SettingsEra {
  until: number;
  unitName: string;
  parentAgency: string;
  unitCode: string;
  signers: BookSettings['signers'];
}

/** What an era keeps: what the heading and the signature blocks of a sheet show. */
function eraFields(s: Pick<BookSettings, 'unitName' | 'parentAgency' | 'unitCode' | 'signers'>): Omit<SettingsEra, 'until'> {
  return { unitName: s.unitName, parentAgency: s.parentAgency, unitCode: s.unitCode, signers: s.signers };
}

/** The settings as they were in `year`: the era that covers it, or today's. */
export function settingsOfYear(s: BookSettings, year: number): BookSettings {
  const era = s.earlier?.find((e) => year <= e.until);
  return era ? { ...s, ...eraFields(era) } : s;
}

/** `next` from `fromYear` on; the years before it keep what they showed under `previous`. */
export function settingsFrom(previous: BookSettings, next: BookSettings, fromYear: number): BookSettings {
  const eras = previous.earlier ?? [];
  const kept = eras.filter((e) => e.until < fromYear);
  const lastKept = kept.at(-1)?.until ?? -Infinity;
  const before = lastKept >= fromYear - 1 ? [] : [{ until: fromYear - 1, ...eraFields(settingsOfYear(previous, fromYear - 1)) }];
  const earlier = [...kept, ...before];
  const { earlier: _ignored, ...rest } = next;
  return earlier.length ? { ...rest, earlier } : rest;
}

export function defaultSettings(title: string, unitName = ''): BookSettings {
  return {
    title,
    unitName,
    parentAgency: '',
    unitCode: '',
    place: '',
    firstYear: null,
    signers: {
      preparer: { title: 'Người lập biểu', name: '' },
      chiefAccountant: { title: 'Kế toán trưởng', name: '' },
      head: { title: 'Thủ trưởng đơn vị', name: '' },
    },
  };
}

/** What a new book may be given at once (Tệp > Mới, `sovon new`): each left empty is for later. */
export interface NewBookDetails {
  unitName?: string;
  parentAgency?: string;
  unitCode?: string;
  firstYear?: number | null;
  preparer?: string;
  chiefAccountant?: string;
  head?: string;
}

/** A new book's settings with her details in them, the signers' titles as a new book has them. */
export function newBookSettings(title: string, d: NewBookDetails): BookSettings {
  const s = defaultSettings(title, d.unitName?.trim() ?? '');
  const name = (text: string | undefined) => text?.trim() ?? '';
  return {
    ...s,
    parentAgency: name(d.parentAgency),
    unitCode: name(d.unitCode),
    firstYear: d.firstYear ?? null,
    signers: {
      preparer: { ...s.signers.preparer, name: name(d.preparer) },
      chiefAccountant: { ...s.signers.chiefAccountant, name: name(d.chiefAccountant) },
      head: { ...s.signers.head, name: name(d.head) },
    },
  };
}
