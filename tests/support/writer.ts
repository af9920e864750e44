// A second process writing to a book: `node --import tsx writer.ts BOOK NAME COUNT [short]` sets
// COUNT figures of its own unit. As the app does, it holds the book for all of them; `short`
// opens the book for each figure and closes it again, as a script calling `sovon set` does.
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';

const [file, unit, count, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
// 50 years × 3 measures: up to 150 distinct figures per process
const MEASURES = ['allocated', 'disbursed', 'cancelled'] as const;
const short = mode === 'short';
let service = short ? null : new Service(Book.open(file));
let failed = 0;
for (let i = 0; i < Number(count); i++) {
  service ??= new Service(Book.open(file, { waitForLock: 5000 }));
  const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit, capital: 'SN' as const, source: null, measure: 'allocated' as const };
  const reply = await service.dispatch('setClaim', { key: { ...key, year: 2000 + (i % 50), measure: MEASURES[Math.floor(i / 50) % MEASURES.length]! }, text: String(i + 1), scale: 'dong' });
  if (!reply.ok) {
    failed++;
    process.stderr.write(`${reply.error}\n`);
  }
  if (short) {
    service.close();
    service = null;
  }
}
service?.close();
process.exitCode = failed ? 1 : 0;
