package vn.chidao.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlBeans;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;

/** Any task list as Excel: one row per task the caller may see, data-shaped for filtering and pivoting. */
@ApplicationScoped
@Transactional
public class TaskExport {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Organization organization;

    @Inject
    Planning planning;

    @Inject
    TaskQueries queries;

    /** The tasks the filter selects (as the caller may see them), as an .xlsx workbook. */
    public byte[] export(TaskFilter filter, Caller caller, Locale language) {
        Map<Long, String> unitNames = organization.units(null).stream()
                .collect(Collectors.toMap(u -> u.id().value(), UnitView::displayName));
        Map<Long, String> documents = planning.documents().stream()
                .collect(Collectors.toMap(d -> d.id().value(), DocumentView::number));
        String[] headers = Messages.text(language, "export.headers").split("\\|");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.text(language, "export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (int offset = 0; ; offset += 500) {
                List<TaskView> page = queries.list(filter, caller, offset, 500);
                for (TaskView t : page) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    row.createCell(c++).setCellValue(documents.getOrDefault(t.document().value(), ""));
                    row.createCell(c++).setCellValue(t.code());
                    row.createCell(c++).setCellValue(t.title());
                    row.createCell(c++).setCellValue(unitNames.getOrDefault(t.leadUnit().value(), ""));
                    row.createCell(c++).setCellValue(t.cooperation().stream()
                            .map(p -> unitNames.getOrDefault(p.unit().value(), "")).collect(Collectors.joining(", ")));
                    row.createCell(c++).setCellValue(t.deadline().label() == null ? t.originalDueDate().format(DMY) : t.deadline().label());
                    row.createCell(c++).setCellValue(t.originalDueDate().format(DMY));
                    row.createCell(c++).setCellValue(t.dueDate().format(DMY));
                    row.createCell(c++).setCellValue(t.extensionCount());
                    row.createCell(c++).setCellValue(Messages.text(language, "status." + t.status().name()));
                    row.createCell(c++).setCellValue(Messages.text(language, "status." + t.statusAgainstOriginal().name()));
                    row.createCell(c++).setCellValue(t.percent());
                    row.createCell(c++).setCellValue(t.daysOverdue());
                    row.createCell(c++).setCellValue(t.lastProgressOn() == null ? "" : t.lastProgressOn().format(DMY));
                    row.createCell(c).setCellValue(t.expectedOutput() == null ? "" : t.expectedOutput());
                }
                if (page.size() < 500) {
                    break;
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // POI's XML layer keeps per-thread caches; the request thread goes back to the server's pool
            XmlBeans.clearThreadLocals();
        }
    }
}
