package vn.chidao.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlBeans;

import vn.chidao.kernel.DataSheet;
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

    /** What each column holds: the deadline as written (a date, or "Quý IV/2026", "hằng năm"), dates as dates. */
    private static final List<DataSheet.Kind> COLUMNS = List.of(DataSheet.Kind.TEXT, DataSheet.Kind.TEXT, DataSheet.Kind.TEXT,
            DataSheet.Kind.TEXT, DataSheet.Kind.TEXT, DataSheet.Kind.DATE, DataSheet.Kind.DATE, DataSheet.Kind.DATE,
            DataSheet.Kind.NUMBER, DataSheet.Kind.TEXT, DataSheet.Kind.TEXT, DataSheet.Kind.NUMBER, DataSheet.Kind.NUMBER,
            DataSheet.Kind.DATE, DataSheet.Kind.TEXT);

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
            DataSheet sheet = new DataSheet(workbook.createSheet(Messages.text(language, "export.sheet")), new DataSheet.Styles(workbook),
                    List.of(headers), COLUMNS);
            for (int offset = 0; ; offset += 500) {
                List<TaskView> page = queries.list(filter, caller, offset, 500);
                for (TaskView t : page) {
                    sheet.row(Arrays.asList(documents.getOrDefault(t.document().value(), ""), t.code(), t.title(),
                            unitNames.getOrDefault(t.leadUnit().value(), ""),
                            t.cooperation().stream().map(p -> unitNames.getOrDefault(p.unit().value(), "")).collect(Collectors.joining(", ")),
                            t.deadline().label() == null ? t.originalDueDate() : t.deadline().label(),
                            t.originalDueDate(), t.dueDate(), t.extensionCount(),
                            Messages.text(language, "status." + t.status().name()),
                            Messages.text(language, "status." + t.statusAgainstOriginal().name()),
                            t.percent(), t.daysOverdue(), t.lastProgressOn(), t.expectedOutput()));
                }
                if (page.size() < 500) {
                    break;
                }
            }
            sheet.finish();
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
