// F1: the keys of the grid, as she would look them up in Excel's help.
const KEYS: [string, string][] = [
  ['Gõ số, Enter', 'ghi số vào ô (kiểu 1.234,5; 1234.5; (5) là số âm)'],
  ['F2 hoặc nhấp đúp', 'sửa số đang có, đủ mọi chữ số'],
  ['Esc', 'bỏ, không ghi'],
  ['Delete', 'xóa số đã nhập (ô trở lại số tính ra)'],
  ['Shift+mũi tên, Shift+nhấp chuột', 'chọn một khối ô'],
  ['Ctrl+C / Ctrl+V', 'chép khối / dán khối (từ Excel hay từ Sổ Vốn; khối lớn được xem trước khi ghi)'],
  ['Ctrl+D', 'điền xuống: các dòng của khối lấy số của dòng đầu'],
  ['Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z)', 'hoàn tác / làm lại thao tác (một ô, một khối, một dòng, cả một lần nhập)'],
  ['Alt+→ / Alt+←', 'mở / thu gọn dòng (ở cột Mã, Nội dung: phím + / −)'],
  ['Mũi tên, Tab, PageUp, PageDown', 'đi trong bảng'],
  ['Home / End', 'về ô đầu / ô cuối của dòng'],
  ['Ctrl+Home / Ctrl+End', 'về ô đầu / ô cuối của bảng'],
  ['Ctrl+mũi tên', 'đến cuối khối ô có số (hoặc ô có số kế tiếp)'],
  ['Ctrl+F', 'tìm một dòng theo mã hay tên (gõ có dấu hay không), hay một số'],
  ['Ctrl+S', 'không cần: sổ tự lưu sau mỗi thay đổi'],
  ['Chuột phải vào một số', 'lịch sử của ô: các số đã ghi, lúc nào, bởi thao tác nào'],
  ['F1', 'bảng phím tắt này'],
];

export function Shortcuts({ onClose }: { onClose(): void }) {
  return (
    <div className="modal-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="modal shortcuts" role="dialog" aria-label="Phím tắt">
        <h2>Phím tắt</h2>
        <table className="backups-table" aria-label="Các phím">
          <tbody>{KEYS.map(([key, what]) => <tr key={key}><th scope="row">{key}</th><td>{what}</td></tr>)}</tbody>
        </table>
        <div className="modal-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>Đóng</button>
        </div>
      </div>
    </div>
  );
}
