package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A province's units from one sheet, typed as a secretariat types it: dry run, all-or-nothing commit, groups. */
class UnitSheetIT {

    private static final String[] HEADER = {"STT", "Tên cơ quan, đơn vị", "Tên viết tắt", "Tên gọi khác", "Loại", "Trực thuộc",
        "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa", "Nhóm"};
    private static final String[] COMMUNES = {"Phường Đồng Xoài", "Phường Bình Phước", "Phường Chơn Thành", "Phường Minh Hưng",
        "Phường Bình Long", "Phường An Lộc", "Phường Phước Long", "Phường Phước Bình", "Xã Lộc Ninh", "Xã Lộc Hưng", "Xã Lộc Thạnh",
        "Xã Lộc Tấn", "Xã Lộc Thành", "Xã Lộc Quang", "Xã Bù Đốp", "Xã Thiện Hưng", "Xã Hưng Phước", "Xã Đồng Phú", "Xã Thuận Lợi",
        "Xã Đồng Tâm", "Xã Tân Lợi", "Xã Bù Đăng", "Xã Đăng Hà", "Xã Thọ Sơn", "Xã Phú Nghĩa", "Xã Đa Kia", "Xã Bù Gia Mập",
        "Xã Phú Riềng", "Xã Nha Bích", "Xã Tân Quan", "Xã Tân Hưng", "Xã Tân Khai", "Xã Minh Đức", "Xã Thanh Lương", "Xã Phước Sơn",
        "Xã Nghĩa Trung", "Xã Bom Bo", "Xã Bình Tân", "Xã Long Hà", "Xã Phú Trung", "Xã Bình Minh", "Xã Tân Tiến", "Xã Tân Thành",
        "Xã Thống Nhất", "Xã Phước Thiện", "Xã Hưng Thịnh", "Xã Lộc Thiện", "Xã Tân Hòa", "Xã Minh Thành", "Xã Nha Bích Đông",
        "Xã Thanh Hòa", "Xã Lộc Tân", "Xã Đắk Nhau", "Xã Đak Ơ", "Xã Phú Văn", "Xã Lộc Khánh"};

    private final Api admin = Api.as(Api.ADMIN);
    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void sixtyUnitsWithOtherNamesAGroupAndAMergerImportInOneCommit() throws IOException {
        String tag = Demo.unique("").toLowerCase();
        String group = "UBND các xã, phường khu vực Bình Phước " + tag;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"1", "Sở Tài chính", "", "STC " + tag, "", "", "", "", "", ""});
        rows.add(new String[] {"2", "Ban Tuyên giáo và Dân vận Tỉnh ủy " + tag, "BTGDV " + tag, "", "", "", "", "", "", ""});
        rows.add(new String[] {"3", "Ủy ban MTTQ Việt Nam tỉnh " + tag, "", "", "Mặt trận Tổ quốc, đoàn thể", "", "", "", "", ""});
        rows.add(new String[] {"4", "UBND huyện Lộc Ninh " + tag, "", "", "", "", "", "30/06/2025", "Xã Lộc Ninh " + tag, ""});
        for (int i = 0; i < COMMUNES.length; i++) {
            String name = COMMUNES[i] + " " + tag;
            rows.add(new String[] {String.valueOf(i + 5), name, "", "UBND " + name.replace("Phường", "phường").replace("Xã", "xã"),
                i % 7 == 0 ? "UBND cấp xã" : "", "", i % 2 == 0 ? "1/7/2025" : "@2025-07-01", "", "", group});
        }
        assertThat(rows).hasSize(60);
        byte[] sheet = sheet(rows);
        int before = unitCount();

        assertThat(Api.as(Api.FINANCE_HEAD).upload("/api/units/import?dryRun=true", "don-vi.xlsx", sheet).status()).isEqualTo(403);
        Api.Reply dry = secretariat.upload("/api/units/import?dryRun=true", "don-vi.xlsx", sheet);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("problems")).as(dry.toString()).isEmpty();
        List<JsonObject> units = dry.json().getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(units).hasSize(60);
        assertThat(units).extracting(u -> u.getString("action")).containsOnly("NEW", "UPDATED");
        assertThat(units.get(0).getString("action")).isEqualTo("UPDATED");
        assertThat(units.get(0).getString("code")).isEqualTo("STC");
        assertThat(units.get(1).getString("kind")).isEqualTo("PARTY_BODY");
        assertThat(units.get(1).getBoolean("kindFromName")).isTrue();
        assertThat(units.get(2).getString("kind")).isEqualTo("MASS_ORGANISATION");
        assertThat(units.get(3).getString("kind")).isEqualTo("DISTRICT");
        assertThat(units.get(3).getString("successor")).isEqualTo("Xã Lộc Ninh " + tag);
        assertThat(units.get(4).getString("code")).isEqualTo("PHUONG-DONGXOAI" + tag.toUpperCase());
        assertThat(units.subList(4, 60)).extracting(u -> u.getString("kind") + " " + u.getString("effectiveFrom")).containsOnly("COMMUNE 2025-07-01");
        assertThat(dry.json().getJsonArray("groups").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("name") + " " + g.getInt("members") + " " + g.getBoolean("created"))
                .containsExactly(group + " 56 true");
        assertThat(unitCount()).as("a dry run writes nothing").isEqualTo(before);

        assertThat(secretariat.upload("/api/units/import", "don-vi.xlsx", sheet).status()).isEqualTo(403);
        Api.Reply committed = admin.upload("/api/units/import", "don-vi.xlsx", sheet);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        assertThat(unitCount()).isEqualTo(before + 59);

        List<JsonObject> all = admin.get("/api/units?all=true").array().getValuesAs(JsonObject.class);
        JsonObject district = all.stream().filter(u -> u.getString("name").equals("UBND huyện Lộc Ninh " + tag)).findFirst().orElseThrow();
        JsonObject commune = all.stream().filter(u -> u.getString("name").equals("Xã Lộc Ninh " + tag)).findFirst().orElseThrow();
        assertThat(district.getString("effectiveTo")).isEqualTo("2025-06-30");
        assertThat(district.getInt("successorId")).isEqualTo(commune.getInt("id"));
        assertThat(all.stream().filter(u -> u.getString("code").equals("STC")).findFirst().orElseThrow().getJsonArray("aliases").toString())
                .contains("STC " + tag);
        JsonObject created = admin.get("/api/unit-groups").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("name").equals(group)).findFirst().orElseThrow();
        assertThat(created.getJsonArray("members")).hasSize(56);

        Api.Reply again = secretariat.upload("/api/units/import?dryRun=true", "don-vi.xlsx", sheet);
        assertThat(again.json().getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getString("action"))
                .as("the same sheet again changes nothing").containsOnly("UNCHANGED");

        // the group, written as a plan writes it in the lead column: one task per commune, with the group's name lower-cased
        Api.Reply document = secretariat.post("/api/documents", "{\"kind\":\"PLAN\",\"number\":\"" + Demo.unique("KH-")
                + "/KH-UBND\",\"issueDate\":\"2025-08-01\",\"issuingBody\":\"UBND tỉnh Đồng Nai\",\"summary\":\"Chuyển đổi số cấp xã\"}");
        Api.Reply appendix = secretariat.upload("/api/tasks/import?dryRun=true&document=" + document.json().getInt("id"), "pl.xlsx",
                AppendixImportIT.workbook(AppendixImportIT.row("1", "Xây dựng kế hoạch chuyển đổi số cấp xã", group.toLowerCase(), "",
                        "2026", "")));
        assertThat(appendix.json().getJsonArray("errors")).as(appendix.toString()).isEmpty();
        assertThat(appendix.json().getJsonArray("tasks")).hasSize(56);
    }

    @Test
    void aSheetWithMistakesIsRefusedWholeWithEachCellNamed() throws IOException {
        String tag = Demo.unique("").toLowerCase();
        byte[] sheet = sheet(List.of(
                new String[] {"1", "Phòng Văn hóa - Thông tin " + tag, "", "", "Phòng ban", "", "", "", "", ""},
                new String[] {"2", "Xã Tân Lập " + tag, "", "", "", "", "31/02/2025", "", "", ""},
                new String[] {"3", "UBND thị xã Phước Long " + tag, "", "", "", "", "", "30/06/2025", "Sở Không Có", ""},
                new String[] {"4", "UBND huyện Bù Gia Mập " + tag, "", "", "", "", "", "30/06/2025", "Xã Bù Gia Mập; Xã Phú Văn", ""},
                new String[] {"5", "Đội Kiểm tra liên ngành " + tag, "", "", "", "", "", "", "", ""},
                new String[] {"6", "Xã Tân Lập " + tag, "", "", "", "", "", "", "", ""},
                new String[] {"7", "", "", "UBND xã", "", "", "", "", "", ""}));
        int before = unitCount();

        Api.Reply dry = admin.upload("/api/units/import?dryRun=true", "don-vi.xlsx", sheet);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(p -> p.getInt("row") + " " + (p.containsKey("column") ? p.getString("column") : "") + ": " + p.getString("message"))
                .containsExactlyInAnyOrder(
                        "4 Loại: Không nhận ra loại đơn vị \"Phòng ban\": ghi Sở, ban, ngành; UBND cấp xã; UBND cấp huyện; Cơ quan Đảng; "
                                + "Mặt trận Tổ quốc, đoàn thể; Đơn vị sự nghiệp; Doanh nghiệp; Báo chí hoặc Ban Chỉ đạo.",
                        "5 Hiệu lực từ: Không đọc được ngày \"31/02/2025\": ghi theo dạng 01/07/2025.",
                        "6 : Không nhận ra đơn vị kế thừa \"Sở Không Có\".",
                        "7 : UBND huyện Bù Gia Mập " + tag + " chia cho nhiều đơn vị kế thừa: thực hiện trên trang Đơn vị (chia tách), "
                                + "nơi chọn đơn vị nhận từng nhiệm vụ.",
                        "8 : Chưa rõ loại đơn vị: tên không cho biết loại, hãy ghi cột Loại đơn vị.",
                        "9 : Đơn vị này đã có ở dòng 5.",
                        "10 Tên cơ quan, đơn vị: Tên đơn vị là bắt buộc.");

        Api.Reply commit = admin.upload("/api/units/import", "don-vi.xlsx", sheet);
        assertThat(commit.status()).isEqualTo(400);
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void theTemplateOfferedImportsAsItIs() {
        byte[] template = secretariat.download("/api/units/import/template").body();
        Api.Reply dry = secretariat.upload("/api/units/import?dryRun=true", "mau.xlsx", template);
        assertThat(dry.json().getJsonArray("problems")).as(dry.toString()).isEmpty();
        assertThat(dry.json().getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getString("kind"))
                .containsExactly("PROVINCIAL_DEPARTMENT", "COMMUNE", "COMMUNE", "DISTRICT");
    }

    private int unitCount() {
        return admin.get("/api/units?all=true").array().size();
    }

    /** A title line, a blank line, the header, then the rows; "@yyyy-MM-dd" is written as a date cell, as Excel keeps typed dates. */
    private static byte[] sheet(List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đơn vị");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CƠ QUAN, ĐƠN VỊ SAU SẮP XẾP (từ 01/7/2025)");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].startsWith("@")) {
                        row.createCell(c).setCellValue(LocalDate.parse(cells[c].substring(1)));
                        row.getCell(c).setCellStyle(date);
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
