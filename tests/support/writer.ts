// A second process writing to a book: `node --import tsx writer.ts BOOK NAME COUNT` sets COUNT
// figures of its own unit, one call each, as the grid or `sovon set` would.
import { Book } from '../../electron/backend/book/store';
import { Service } from '../../electron/backend/service/service';

const [file, unit, count] = process.argv.slice(2) as [string, string, string];
const service = new Service(Book.open(file));
// 50 years × 3 measures: up to 150 distinct figures per process
const MEASURES = ['allocated', 'disbursed', 'cancelled'] as const;
let failed = 0;
for (let i = 0; i < Number(count); i++) {
  const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit, capital: 'SN' as const, source: null, measure: 'allocated' as const };
  const reply = await service.dispatch('setClaim', { key: { ...key, year: 2000 + (i % 50), measure: MEASURES[Math.floor(i / 50) % MEASURES.length]! }, text: String(i + 1), scale: 'dong' });
  if (!reply.ok) {
    failed++;
    process.stderr.write(`${reply.error}\n`);
  }
}
service.close();
process.exitCode = failed ? 1 : 0;
