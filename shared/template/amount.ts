// Đồng to the number a template cell shows in its unit ("triệu": 12 060 500 000 → 12060.5).
// Divided exactly on bigint and written as decimal text, then read once as a number: the cell
// holds the double nearest the exact quotient, never the result of float arithmetic.
import { type Dong, SCALES, type Scale } from '../money';

export function amountIn(value: Dong, scale: Scale): number {
  const shift = SCALES[scale];
  if (shift === 0) return value;
  const negative = value < 0;
  const digits = BigInt(Math.abs(value)).toString().padStart(shift + 1, '0');
  const whole = digits.slice(0, -shift);
  const fraction = digits.slice(-shift).replace(/0+$/, '');
  return Number(`${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
}
