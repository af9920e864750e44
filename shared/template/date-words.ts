// Dates as Nghị định 30/2020 writes them under the title: "Phong Thổ, ngày 05 tháng 01 năm 2026"
// (day and month of one digit take a leading zero; the decree asks for it for 1-9 and 1-2).
export function dateInWords(iso: string, place = ''): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  const words = `ngày ${d} tháng ${m} năm ${y}`;
  return place ? `${place}, ${words}` : `Ngày ${d} tháng ${m} năm ${y}`;
}
