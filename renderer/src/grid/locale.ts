// The few AG Grid texts the sheet can show, in Vietnamese.
export const AG_GRID_LOCALE_VI: Record<string, string> = {
  noRowsToShow: 'Không có dòng nào',
  loadingOoo: 'Đang tải…',
  page: 'Trang',
  of: 'của',
  to: 'đến',
};
