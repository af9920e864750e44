// Her lines and capital types as the Treasury keys them: a Treasury row (mã nguồn NS, ngành kinh
// tế, CTMT-DA) is one line of hers and one capital type. She sets it once; a statement's row she has
// not mapped takes the line its content names (read as the import reads captions) and the capital
// type its words say (money drawn by "rút dự toán" is recurrent, SN, unless it says investment).
import type { Capital } from '../claim';
import type { Catalog } from '../catalog';
import { CatalogMatcher } from '../import/match';
import { fold } from '../import/grid';
import type { TreasuryCodes } from './statement';

declare const keyBrand: unique symbol;
/** "12|070-071|00123": a row's key without its NDKT (its expense items are one line's money). */
export type TreasuryKey = string & { readonly [keyBrand]: true };

export function treasuryKey(c: Pick<TreasuryCodes, 'source' | 'sector' | 'program'>): TreasuryKey {
  return `${c.source}|${c.sector}|${c.program}` as TreasuryKey;
}

/** The codes a key packs (the inverse of treasuryKey). */
export function codesOfKey(key: TreasuryKey): Pick<TreasuryCodes, 'source' | 'sector' | 'program'> {
  const [source = '', sector = '', program = ''] = key.split('|');
  return { source, sector, program };
}

export function parseTreasuryKey(text: string): TreasuryKey | null {
  const parts = text.split('|').map((p) => p.trim());
  return parts.length === 3 && parts.every((p) => /^[0-9A-Za-z.-]*$/.test(p)) && parts.some(Boolean) ? (parts.join('|') as TreasuryKey) : null;
}

export interface MappedLine {
  node: string;
  capital: Capital;
}

/** What she set, by key. */
export type TreasuryMap = Readonly<Record<string, MappedLine>>;

export function lineOf(map: TreasuryMap, key: TreasuryKey, content: string, catalog: Catalog): { line: MappedLine; set: boolean } | null {
  const set = map[key];
  if (set) return { line: set, set: true };
  if (!content.trim()) return null;
  const found = new CatalogMatcher(catalog).match([content]);
  if (!found || !found.sure) return null;
  return { line: { node: found.node, capital: /dau tu/.test(fold(content)) ? 'DT' : 'SN' }, set: false };
}
