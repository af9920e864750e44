// `sovon`: the book from the command line. A stable contract for tests and automation:
// results on stdout (JSON with --json), errors in Vietnamese on stderr with a non-zero exit.
import { UserError, asUserError } from '../user-error';
import { commands } from './commands';
import { type CliIo, parse, processIo } from './cli-io';
import { setLockApp } from '../book/lock';

export const USAGE = `Cách dùng:
  sovon new BOOK.sovon [--unit "Tên đơn vị"] [--demo]
  sovon sheet BOOK --year 2023 [--program GNBV] [--origin books] [--project DA3] [--json]
  sovon set BOOK --year 2023 --node DA5 [--unit TÊN] [--capital DT|SN] [--source NSTW] --measure allocated --value "12.060" [--scale trieu] [--origin books] [--allow-negative]
  sovon check BOOK [--year 2023] [--origin ID] [--program GNBV] [--json]
  sovon claims import BOOK FILE.json [--allow-negative]
  sovon import BOOK FILE.xlsx|.xls [--sheet TÊN] [--unit "Phong Thổ"] [--year 2023] [--capital DT|SN] [--source NSTW|NSDP|none] [--scale trieu] [--to-books] [--dry-run] [--explain] [--yes] [--json]
  sovon claims export BOOK [--origin ID] [--program GNBV]
  sovon export BOOK --year 2023 [--origin books] [--project DA3] [--scale trieu] --out FILE.xlsx
  sovon export BOOK --template ID|FILE.xlsx --year 2023 [--years 2022-2024] [--project DA3] [--origin books] [--date 2026-01-05] --out FILE.xlsx
  sovon templates BOOK [--json]
  sovon templates add BOOK FILE.xlsx [--name "Tên mẫu"] [--replace ID]
  sovon templates remove BOOK ID
  sovon print BOOK --sheet doi-chieu|kiem-tra|bang --year 2023 [--project DA3] [--unit dong|trieu] [--date 2026-01-05]
               [--origins books,report-II] [--measures allocated,disbursed] --out FILE.pdf
  sovon serve [BOOK] [--port N] [--open]      (không có BOOK: sổ mẫu)
  sovon verify BOOK
  sovon backup BOOK                            (sao lưu ngay)
  sovon restore BOOK [BACKUP]                  (không có BACKUP: liệt kê các bản sao lưu)`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`Lỗi: tham số không hợp lệ (${(e as Error).message}).\n${USAGE}`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  if (parsed.values.help || !name) {
    io.out(USAGE);
    return name || parsed.values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Lỗi: không có lệnh "${name}".\n${USAGE}`);
    return 2;
  }
  setLockApp(`sovon ${name}`); // who holds the book, as another window is told
  try {
    return await command(rest, parsed.values, io);
  } catch (e) {
    const user = asUserError(e);
    if (user instanceof UserError) {
      const hint = user.code === 'confirmNegative' ? ' Thêm --allow-negative nếu đúng là số âm.' : '';
      io.err(`Lỗi: ${user.message}${hint}`);
      return 1;
    }
    io.err(`Lỗi không mong đợi: ${(e as Error).stack ?? String(e)}`);
    return 70;
  }
}
