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
  /** the year she starts keeping this book (a new book asks it): an empty book opens there */
  firstYear: number | null;
  signers: {
    preparer: Signer;
    chiefAccountant: Signer;
    head: Signer;
  };
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
