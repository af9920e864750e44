// Old province templates were typed in TCVN3 (.VnTime) or VNI (VNI-Times) fonts: the file holds
// Latin letters that the font draws as Vietnamese. She sees Vietnamese in Excel; so must Sổ Vốn.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, detectLegacy, legacyFont, toUnicode } from '../../shared/import/legacy-text';

const seedDir = path.resolve(import.meta.dirname, '../../../shared/seed');
const seed = fs.readdirSync(seedDir).map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8')).join('\n');
const seedLines = seed.split('\n').map((l) => l.trim()).filter(Boolean);

/** Unicode → legacy, derived from the decoders themselves, to type the seed report the old way. */
function encoder(decode: (s: string) => string, codes: string[]) {
  const table = new Map<string, string>();
  for (const code of codes) if (decode(code) !== code) table.set(decode(code), code);
  // What she would have typed: the letter's code; a letter the encoding shares with Unicode as it
  // is; a capital as its lowercase code (typed in a .VnTimeH font); else the text cannot be typed.
  const codeOf = (ch: string) => table.get(ch) ?? (ch <= '\u00ff' && decode(ch) === ch ? ch : undefined);
  return (text: string): string | null => {
    let out = '';
    for (const ch of text) {
      const code = codeOf(ch) ?? codeOf(ch.toLowerCase());
      if (code === undefined) return null;
      out += code;
    }
    return out;
  };
}
const latin1 = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0xa1 + i));
const toTcvn3 = encoder(decodeTcvn3, latin1);
const toVni = encoder(decodeVni, [...latin1, ...[...'aeouyôöAEOUYÔÖ'].flatMap((b) => latin1.map((m) => b + m))]);

describe('text typed in a TCVN3 font reads as she sees it in Excel', () => {
  it('reads "QuyÕt ®Þnh sè" in .VnTime as "Quyết định số", and "HuyÖn Phong Thæ" as "Huyện Phong Thổ"', () => {
    expect(toUnicode('QuyÕt ®Þnh sè', '.VnTime')).toEqual({ text: 'Quyết định số', legacy: { encoding: 'tcvn3', by: 'font' } });
    expect(toUnicode('HuyÖn Phong Thæ', '.VnArial').text).toBe('Huyện Phong Thổ');
    expect(toUnicode('HuyÖn M\u00adêng TÌ', '.VnTime').text).toBe('Huyện Mường Tè'); // ư is the soft hyphen
  });

  it('maps every letter of the alphabet as glibc\'s TCVN5712-1 does, to composed (NFC) Unicode', () => {
    const typed = 'a\xb5\xb6\xb7\xb8\xb9\xa8\xbb\xbc\xbd\xbe\xc6\xa9\xc7\xc8\xc9\xca\xcb \xae e\xcc\xce\xcf\xd0\xd1\xaa\xd2\xd3\xd4\xd5\xd6 ' +
      'i\xd7\xd8\xdc\xdd\xde o\xdf\xe1\xe2\xe3\xe4\xab\xe5\xe6\xe7\xe8\xe9\xac\xea\xeb\xec\xed\xee u\xef\xf1\xf2\xf3\xf4\xad\xf5\xf6\xf7\xf8\xf9 ' +
      'y\xfa\xfb\xfc\xfd\xfe \xa1\xa2\xa3\xa4\xa5\xa6\xa7';
    const alphabet = 'aàảãáạăằẳẵắặâầẩẫấậ đ eèẻẽéẹêềểễếệ iìỉĩíị oòỏõóọôồổỗốộơờởỡớợ uùủũúụưừửữứự yỳỷỹýỵ ĂÂÊÔƠƯĐ';
    expect(decodeTcvn3(typed)).toBe(alphabet);
    expect(decodeTcvn3(typed).normalize('NFC')).toBe(decodeTcvn3(typed));
  });

  it('draws the capitals-only fonts .VnTimeH and .VnArialH in capitals, as Excel shows them', () => {
    expect(toUnicode('dù to¸n kinh phÝ n¨m 2022', '.VnTimeH').text).toBe('DỰ TOÁN KINH PHÍ NĂM 2022');
    expect(toUnicode('huyÖn phong thæ', '.VnArialH').text).toBe('HUYỆN PHONG THỔ');
  });

  it('keeps Unicode typed over an old font as it is, composed', () => {
    expect(toUnicode('Tổng cộng', '.VnTime')).toEqual({ text: 'Tổng cộng' });
    expect(toUnicode('To\u0302\u0309ng', 'Times New Roman')).toEqual({ text: 'Tổng' });
  });
});

describe('text typed in a VNI font reads as she sees it in Excel', () => {
  it('reads "Quyeát ñònh soá" in VNI-Times as "Quyết định số"', () => {
    expect(toUnicode('Quyeát ñònh soá', 'VNI-Times')).toEqual({ text: 'Quyết định số', legacy: { encoding: 'vni', by: 'font' } });
  });

  it('puts every kind of mark on its letter: tones, circumflex, breve, horn, and the one-character letters', () => {
    const cases: [string, string][] = [
      ['Ñaø Naüng', 'Đà Nẵng'], ['ñöôïc', 'được'], ['Caàn Thô', 'Cần Thơ'], ['Khaùnh Hoøa', 'Khánh Hòa'],
      ['Ñaék Laék', 'Đắk Lắk'], ['thuûy lôïi', 'thủy lợi'], ['Kyø', 'Kỳ'], ['Quyõ', 'Quỹ'], ['saûn xuaát', 'sản xuất'],
      ['CHUÛ NGHÓA', 'CHỦ NGHĨA'], ['ÑOÄC LAÄP', 'ĐỘC LẬP'], ['vò trí', 'vị trí'], ['tæ leä', 'tỉ lệ'], ['Mîn', 'Mỵn'],
    ];
    for (const [typed, seen] of cases) expect(decodeVni(typed)).toBe(seen);
  });
});

describe('the font names', () => {
  it('takes every ".Vn…" font for TCVN3 (capitals when the name ends in H) and every "VNI-…" font for VNI', () => {
    expect(legacyFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFont('.VnCentury Schoolbook')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFont('.VnArialH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyFont('VNI-Helve')).toEqual({ encoding: 'vni', capitals: false });
    for (const other of ['Times New Roman', 'Arial', 'Calibri', 'VnTime', undefined]) expect(legacyFont(other)).toBeNull();
  });
});

describe('when the font was lost, the text itself tells', () => {
  it('recognises "Tæng céng" as TCVN3 and "Ñôn vò tính: trieäu ñoàng" as VNI', () => {
    expect(toUnicode('Tæng céng', 'Arial')).toEqual({ text: 'Tổng cộng', legacy: { encoding: 'tcvn3', by: 'text' } });
    expect(toUnicode('Ñôn vò tính: trieäu ñoàng')).toEqual({ text: 'Đơn vị tính: triệu đồng', legacy: { encoding: 'vni', by: 'text' } });
    expect(detectLegacy('Kinh phÝ')).toBe('tcvn3');
  });

  it('reads a unit line whose font was lost, its abbreviation included: "§VT: Ngh×n ®ång"', () => {
    expect(toUnicode('§VT: Ngh×n ®ång', 'Times New Roman')).toEqual({ text: 'ĐVT: Nghìn đồng', legacy: { encoding: 'tcvn3', by: 'text' } });
    expect(toUnicode('(KÌm theo QuyÕt ®Þnh sè 12/Q§-UBND)').text).toBe('(Kèm theo Quyết định số 12/QĐ-UBND)');
  });

  it('finds every line of the seed report re-typed in TCVN3 or in VNI that changes more than one word', () => {
    let checked = 0;
    for (const line of seedLines) {
      for (const [encoding, encode] of [['tcvn3', toTcvn3], ['vni', toVni]] as const) {
        const typed = encode(line);
        if (!typed || typed.split(/\s+/).filter((w, i) => w !== line.split(/\s+/)[i]).length < 2) continue;
        checked++;
        expect(detectLegacy(typed), typed).toBe(encoding);
        expect(toUnicode(typed).text.toLowerCase()).toBe(line.normalize('NFC').toLowerCase());
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('never takes the seed report, line by line or word by word, for legacy text', () => {
    const words = new Set(seed.split(/[\s\d!-/:-@[-`{-~]+/).filter(Boolean));
    expect(seedLines.filter((line) => detectLegacy(line))).toEqual([]);
    expect([...words].filter((word) => detectLegacy(word))).toEqual([]);
  });

  it('never takes Unicode that fits in Latin-1, English or French for legacy text', () => {
    const plain = ['Cà phê', 'Tên', 'Tài chính', 'Yên Bái', 'Hòa Bình', 'Cà Mau', 'Total', 'café', 'naïve résumé',
      'Crème brûlée', 'São Paulo', 'Señor', 'Müller', '1.234,5', '31/12/2024', 'TDA 1'];
    expect(plain.filter((text) => detectLegacy(text))).toEqual([]);
  });

  it('leaves a lone word that reads either way as it is: "sè" is also a Unicode word', () => {
    expect(toUnicode('sè')).toEqual({ text: 'sè' });
  });
});
