// The page's entry, kept small: the window's first questions (the book, and the sheet the back end
// built for her first look: opening.ts) leave as soon as it runs, while the app's megabyte of
// script (boot.tsx) is fetched and compiled; in one script they waited for all of it, 300 to
// 500 ms of a cold page on two cores.
import './styles.css';
import { openEarly } from './api/opening';

openEarly();
import('./boot').catch(() => {
  // a file of the app missing or unreadable: say so rather than leave a blank window
  document.getElementById('root')!.textContent = 'Không tải được giao diện Sổ Vốn. Hãy đóng và mở lại Sổ Vốn; nếu vẫn lỗi, hãy cài đặt lại.';
});
