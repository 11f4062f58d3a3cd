package vn.chidao.reporting.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The report templates of the top-level {@code reports/} folder, compiled at build time ({@link TemplateCompiler})
 * and loaded once: a compiled {@link JasperReport} is immutable, while every fill makes its own print and exporter.
 * Each main template is filled with one empty record; its sections are sub-reports over the rows
 * passed as parameters, so the Java side decides every number and the template only lays them out.
 */
public final class Templates {

    /** The sub-reports every main template may use, passed to it as parameters named {@code <NAME>_REPORT}. */
    private static final List<String> PARTS = List.of("header", "facts", "units", "overdue", "atrisk", "issues", "targets",
            "scorecard-rows", "timeline", "evidence", "evaluation-ranking", "evaluation-rows", "answers", "funding-sources", "funding-units");
    private static final List<String> MAINS = List.of("briefing", "scorecard", "tasksheet", "evaluation", "evaluation-appendix");

    /** A parameter naming a second main template (landscape, for wide tables) printed after the first, its pages numbered on. */
    public static final String APPENDIX = "APPENDIX";

    private final Map<String, JasperReport> compiled = new HashMap<>();

    private Templates() {
    }

    public static Templates load() {
        // Elements without a font of their own must still use the embedded Vietnamese-complete font.
        DefaultJasperReportsContext context = DefaultJasperReportsContext.getInstance();
        context.setProperty("net.sf.jasperreports.default.font.name", "Times New Roman");
        context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        Templates templates = new Templates();
        for (String name : concat(PARTS, MAINS)) {
            try (InputStream jasper = Templates.class.getClassLoader().getResourceAsStream("reports/" + name + ".jasper")) {
                if (jasper == null) {
                    throw new IllegalStateException("Report template reports/" + name + ".jasper is missing (compiled at build time)");
                }
                templates.compiled.put(name, (JasperReport) JRLoader.loadObject(jasper));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + name + " cannot be loaded: " + e.getMessage(), e);
            }
        }
        return templates;
    }

    /** Fills a main template with the given parameters and returns the PDF. */
    public byte[] pdf(String main, Map<String, Object> parameters, String title, String author) {
        Map<String, Object> all = new HashMap<>(parameters);
        PARTS.forEach(part -> all.put(part.toUpperCase().replace('-', '_') + "_REPORT", compiled.get(part)));
        all.put("ROWS_REPORT", compiled.get("scorecard-rows"));
        try {
            JasperPrint print = JasperFillManager.fillReport(report(main), all, new JREmptyDataSource(1));
            List<JasperPrint> prints = new java.util.ArrayList<>(List.of(print));
            if (parameters.get(APPENDIX) instanceof String appendix) {
                all.put("PAGE_NUMBER_OFFSET", print.getPages().size());
                prints.add(JasperFillManager.fillReport(report(appendix), all, new JREmptyDataSource(1)));
            }
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataAuthor(author);
            configuration.setMetadataCreator("Chỉ Đạo");
            configuration.setDisplayMetadataTitle(true);
            configuration.setCompressed(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Report " + main + " could not be produced: " + e.getMessage(), e);
        }
    }

    private JasperReport report(String name) {
        JasperReport report = compiled.get(name);
        if (report == null) {
            throw new IllegalArgumentException("No report template " + name);
        }
        return report;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
