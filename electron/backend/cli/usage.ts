// `sovon --help`: the command line's documentation, read as a whole beside the code it documents
// (its flags are the options cli-io.ts parses), so it stays here rather than in shared/i18n with
// the command's messages (shared/i18n/cli.ts).
export const USAGE = `Cách dùng:
  sovon new BOOK.sovon [--unit "UBND xã …"] [--parent "Cơ quan chủ quản"] [--unit-code MÃ_QHNS] [--program GNBV] [--year 2025]
               [--preparer "Họ tên"] [--chief-accountant "Họ tên"] [--head "Họ tên"] [--demo [commune]]
                                               (--year: năm bắt đầu ghi sổ; mọi tùy chọn có thể để sau, trong Tệp > Cài đặt)
                                               (--demo: sổ mẫu Phong Thổ 2022-2024; --demo commune: sổ mẫu của xã năm 2026)
  sovon sheet BOOK --year 2023 [--program GNBV] [--origin books] [--project DA3] [--json]
  sovon set BOOK --year 2023 --node DA5 [--unit TÊN] [--capital DT|SN] [--source NSTW] --measure allocated --value "12.060" [--scale trieu] [--origin books] [--allow-negative]
  sovon check BOOK [--year 2023] [--origin ID] [--program GNBV] [--json]
  sovon claims import BOOK FILE.json [--allow-negative]
  sovon import BOOK FILE.xlsx|.xls [--sheet TÊN] [--unit "Phong Thổ"] [--year 2023] [--capital DT|SN] [--source NSTW|NSDP|none] [--scale trieu] [--to-books] [--dry-run] [--explain] [--yes] [--json]
               [--replace ID | --keep-both "Tên khác"]     (tệp là quyết định đã có trong sổ: thay nguồn ID, hoặc giữ cả hai)
  sovon claims export BOOK [--origin ID] [--program GNBV]
  sovon export BOOK --year 2023 [--origin books] [--project DA3] [--scale trieu] --out FILE.xlsx [--force]
  sovon export BOOK --template ID|FILE.xlsx --year 2023 [--years 2022-2024] [--project DA3] [--origin books] [--date 2026-01-05] --out FILE.xlsx [--force]
  sovon templates BOOK [--json]
  sovon catalog list BOOK [--json]              (danh mục chương trình của sổ, và chương trình có thể thêm)
  sovon catalog add BOOK FILE.xlsx|FILE.json --program CODE [--parent CODE] [--sheet TÊN] [--dry-run] [--json]
                                                (dòng danh mục từ phụ lục quyết định: cột STT và tên)
  sovon catalog add-program BOOK ID             (thêm một chương trình đi kèm, vd. mtqg-2026-2035)
  sovon catalog retire BOOK --program CODE --line CODE [--year N | --run]   (không --year: từ năm sau năm cuối có số)
  sovon units BOOK [--json]                     (đơn vị thực hiện: thời hạn, đơn vị kế thừa)
  sovon units set BOOK --name "TÊN" [--from NGÀY] [--to NGÀY] [--successor "TÊN"]… [--no-successor]
  sovon treasury import BOOK TỆP.xlsx --period 2024-Q4|2024-12|2024-12-31|2024 [--sheet TÊN] [--dry-run] [--json]
  sovon treasury check BOOK --period 2024-Q4 [--json]   (số của Kho bạc so với sổ đến cùng ngày)
  sovon treasury lock BOOK --period 2024-Q4 [--by "Họ tên"]   (khóa đối chiếu đã ký)
  sovon treasury list BOOK [--json]                     (các kỳ đối chiếu và tình trạng)
  sovon treasury map BOOK --key "nguồn|ngành|CTMT-DA" (--line MÃ-DÒNG [--capital DT|SN] | --remove)
  sovon units report BOOK --years 2024-2026 [--program MÃ] [--measure disbursed] [--origin books] [--json]
                                                (số theo đơn vị qua các năm, gộp đơn vị kế thừa với đơn vị cũ)
  sovon templates add BOOK FILE.xlsx [--name "Tên mẫu"] [--replace ID]
  sovon templates remove BOOK ID
  sovon print BOOK --sheet doi-chieu|kiem-tra|bang --year 2023 [--project DA3] [--unit dong|trieu] [--date 2026-01-05]
               [--origins books,report-II] [--measures allocated,disbursed] --out FILE.pdf [--force]
  sovon print BOOK --sheet 01a-sdkp|02a-sdkp|04-sdkp --period 2024-Q4|2024-12|2024-12-31|2024 [--date …] --out FILE.pdf|FILE.xlsx [--force]
                                                (mẫu đối chiếu của Kho bạc; .xlsx: tệp Excel để nhập lên cổng dịch vụ công)
  sovon serve [BOOK] [--port N] [--open]      (không có BOOK: sổ mẫu)
  sovon verify BOOK [--code 7F3A-91C2-0B5E]      (--code: mã kiểm tra in ở cuối trang đã in hay xuất)
  sovon backup BOOK                            (sao lưu ngay)
  sovon restore BOOK [BACKUP]                  (không có BACKUP: liệt kê các bản sao lưu)`;
