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
    signers: {
      preparer: { title: 'Người lập biểu', name: '' },
      chiefAccountant: { title: 'Kế toán trưởng', name: '' },
      head: { title: 'Thủ trưởng đơn vị', name: '' },
    },
  };
}
