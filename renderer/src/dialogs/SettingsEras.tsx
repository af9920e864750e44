// The unit's earlier names and signers, year by year, as Cài đặt keeps them (shared/settings.ts).
import type { BookSettings, SettingsEra } from '../../../shared/settings';

type WhoSigns = Pick<BookSettings, 'unitName' | 'parentAgency' | 'unitCode' | 'signers'>;

/** Whether a change touches what a sheet's heading or signature blocks show. */
export function changesWhoSigns(a: WhoSigns, b: WhoSigns): boolean {
  const who = (s: WhoSigns) => JSON.stringify([s.unitName, s.parentAgency, s.unitCode, s.signers]);
  return who(a) !== who(b);
}

export function SettingsEras({ settings }: { settings: BookSettings }) {
  const eras = settings.earlier ?? [];
  if (eras.length === 0) return null;
  return (
    <section className="settings-eras" aria-label="Tên đơn vị và người ký các năm trước">
      <h3>Các năm trước</h3>
      <ul>
        {eras.map((era, i) => (
          <li key={era.until}>{yearsOf(eras, i)}: {describe(era)}</li>
        ))}
      </ul>
    </section>
  );
}

function yearsOf(eras: readonly SettingsEra[], i: number): string {
  const first = i === 0 ? null : eras[i - 1]!.until + 1;
  return first === null ? `Đến năm ${eras[i]!.until}` : first === eras[i]!.until ? `Năm ${first}` : `Năm ${first}-${eras[i]!.until}`;
}

function describe(era: SettingsEra): string {
  const signers = [era.signers.preparer, era.signers.chiefAccountant, era.signers.head].filter((s) => s.name).map((s) => `${s.title}: ${s.name}`);
  return [era.unitName || '(chưa ghi tên đơn vị)', era.parentAgency, ...signers].filter(Boolean).join(' · ');
}
