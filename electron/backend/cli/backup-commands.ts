// `sovon backup BOOK` and `sovon restore BOOK [BACKUP]`: the calls of Tệp > Sao lưu và khôi phục.
// Without BACKUP, restore lists the backups it can put back.
import { backupFolder, listBackups } from '../book/backups';
import { findBackup, isDamagedBook, restoreDamaged } from '../book/restore';
import { bookArg, withBook } from './book-args';
import type { BackupList } from '../../../shared/api';
import type { CliIo, CliOptions } from './cli-io';
import { CLI } from '../../../shared/i18n/cli';

export async function backupCommand([file]: string[], o: CliOptions, io: CliIo): Promise<number> {
  // a backup only reads the book: it can be taken while the app is writing it
  return withBook(file, async (service) => {
    const list = await service.call('backupNow', {});
    io.out(o.json ? JSON.stringify(list, null, 2) : CLI.backedUp(`${list.folder}/${list.backups[0]!.name}`));
    return 0;
  }, 'read');
}

export async function restoreCommand([file, backup]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (isDamagedBook(bookArg(file))) return restoreDamagedCommand(bookArg(file), backup, o, io);
  return withBook(file, async (service) => {
    if (!backup) {
      const list = await service.call('listBackups', {});
      io.out(o.json ? JSON.stringify(list, null, 2) : listText(list));
      return 0;
    }
    await service.call('restoreBackup', { name: backup });
    io.out(CLI.restored(service.book.path, backup));
    return 0;
  }, backup ? 'write' : 'read');
}

/** A book that cannot be opened: its backups are listed from the folder, and a restore keeps the
 * damaged file beside the book. */
function restoreDamagedCommand(path: string, backup: string | undefined, o: CliOptions, io: CliIo): number {
  if (!backup) {
    const list: BackupList = {
      folder: backupFolder(path),
      backups: listBackups(path).map((b) => ({ name: b.name, at: b.at.toISOString(), reason: b.reason, size: b.size, after: { count: 0, labels: [], file: null } })),
    };
    io.out(o.json ? JSON.stringify(list, null, 2) : CLI.damagedBackups(listText(list)));
    return 0;
  }
  const { book, kept } = restoreDamaged(path, findBackup(path, backup));
  book.close();
  io.out(CLI.restoredDamaged(path, backup, kept));
  return 0;
}

function listText(list: BackupList): string {
  if (list.backups.length === 0) return CLI.noBackups(list.folder);
  const lines = list.backups.map((b) => CLI.backupLine(b.name, (b.size / 1024).toFixed(0), b.after.count, b.after.labels));
  return [CLI.backupsIn(list.folder), ...lines].join('\n');
}


