// The period of a Treasury form within the year she prints: the whole year, a quarter or a month,
// as the Treasury's portal asks them (loại kỳ: tháng, quý).
const QUARTERS = ['I', 'II', 'III', 'IV'];

interface Props {
  /** '' for the year, '-Q2', '-03' */
  value: string;
  onChange(value: string): void;
}

export function PeriodPick({ value, onChange }: Props) {
  return (
    <label>Kỳ đối chiếu
      <select aria-label="Kỳ đối chiếu" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Cả năm</option>
        {QUARTERS.map((q, i) => <option key={q} value={`-Q${i + 1}`}>Quý {q}</option>)}
        {Array.from({ length: 12 }, (_x, i) => <option key={i} value={`-${String(i + 1).padStart(2, '0')}`}>Tháng {i + 1}</option>)}
      </select>
    </label>
  );
}
