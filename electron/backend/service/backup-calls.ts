// Sao lưu và khôi phục: the book's backups listed, one taken now, one put back.
import type { BackupList } from '../../../shared/api';
import { backupBook, backupFolder, listBackups } from '../book/backups';
import { checkSameBook, findBackup, isDamagedBook, latestBackup, restoreBackup, restoreDamaged } from '../book/restore';
import type { Book } from '../book/book';
import { UserError } from '../user-error';
import { checkedPath } from '../book/book-path';
import { rememberBook } from '../recent';
import { MSG } from '../../../shared/i18n/vi';
import { bookInfo } from './book-calls';
import type { GroupHandlers, ServiceContext } from './handlers';

export function backupCalls(service: ServiceContext): GroupHandlers<'backups'> {
  return {
    listBackups: () => backupList(service.book),
    backupNow: () => {
      backupBook(service.book, 'manual');
      return backupList(service.book);
    },
    restoreBackup: ({ name }) => {
      const file = findBackup(service.book.path, name);
      checkSameBook(service.book, file);
      try {
        service.replaceBook(restoreBackup(service.book, file).book);
      } catch (e) {
        const reopened = (e as { reopened?: Book }).reopened;
        if (reopened) service.replaceBook(reopened);
        throw e;
      }
      return bookInfo(service.book);
    },
    restoreDamagedBook: ({ path, name }) => {
      const target = checkedPath(path);
      if (!isDamagedBook(target)) throw new UserError(MSG.notDamaged(target));
      const file = name ? findBackup(target, name) : latestBackup(target)?.file;
      if (!file) throw new UserError(MSG.noBackupHint.trim());
      service.replaceBook(restoreDamaged(target, file).book);
      rememberBook(target);
      return bookInfo(service.book);
    },
  };
}


export function backupList(book: Book): BackupList {
  return {
    folder: backupFolder(book.path),
    backups: listBackups(book.path).map((b) => ({
      name: b.name, at: b.at.toISOString(), reason: b.reason, size: b.size, after: book.log.actionsAfter(b.lastAction),
    })),
  };
}
