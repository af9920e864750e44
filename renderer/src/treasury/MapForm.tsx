// A code of the Treasury's that none of her lines has yet: she says once which line of the
// programme and which capital it is, the book keeps it for every later statement, and the file
// is read again. The codes come with the refusal (its detail: every one, where its words name the
// first few).
import { useEffect, useMemo, useState } from 'react';
import type { Capital } from '../../../shared/claim';
import { api } from '../api/client';
import { type ListedLine, listedLines } from '../catalog/catalog-tree';
import { WORDS } from './words';

interface Props {
  program: string;
  keys: readonly string[];
  readonly: boolean;
  busy: boolean;
  onMap(key: string, node: string, capital: Capital): void;
}

export function MapForm({ program, keys, readonly, busy, onMap }: Props) {
  const [lines, setLines] = useState<ListedLine[]>([]);
  const [key, setKey] = useState(keys[0] ?? '');
  const [node, setNode] = useState('');
  const [capital, setCapital] = useState<Capital>('SN');
  useEffect(() => setKey(keys[0] ?? ''), [keys]);
  useEffect(() => {
    let live = true;
    void api.call('listCatalog', {}).then((list) => {
      const found = listedLines(list.programs.find((p) => p.code === program)?.lines ?? []).filter((l) => l.retired === null);
      if (live) setLines(found);
    }, () => undefined);
    return () => { live = false; };
  }, [program]);
  const chosen = useMemo(() => lines.find((l) => l.code === node) ?? null, [lines, node]);
  return (
    <form className="catalog-actions treasury-map" aria-label={WORDS.mapTitle}
      onSubmit={(e) => { e.preventDefault(); if (chosen) onMap(key.trim(), chosen.code, capital); }}>
      <b>{WORDS.mapTitle}</b>
      <div className="catalog-action-row">
        <label className="inline">{WORDS.mapKey}
          {keys.length > 1
            ? <select value={key} onChange={(e) => setKey(e.target.value)}>{keys.map((k) => <option key={k} value={k}>{k}</option>)}</select>
            : <input value={key} onChange={(e) => setKey(e.target.value)} size={18} />}
        </label>
        <label className="inline">{WORDS.mapCapital}
          <select value={capital} onChange={(e) => setCapital(e.target.value as Capital)}>
            <option value="SN">Vốn SN</option>
            <option value="DT">Vốn ĐT</option>
          </select>
        </label>
      </div>
      <div className="catalog-action-row">
        <label className="inline treasury-map-line">{WORDS.mapLine}
          <select value={node} onChange={(e) => setNode(e.target.value)}>
            <option value="">(chọn dòng)</option>
            {lines.map((l) => <option key={l.code} value={l.code}>{`${'\u00a0'.repeat(l.depth * 3)}${l.code}: ${l.name}`}</option>)}
          </select>
        </label>
        <button type="submit" disabled={readonly || busy || !chosen || !key.trim()}>{WORDS.mapDo}</button>
      </div>
    </form>
  );
}
