package vn.chidao.reporting.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the report templates at build time (the reporting module's {@code process-classes} phase):
 * every {@code <name>.jrxml} of the top-level {@code reports/} folder becomes {@code reports/<name>.jasper}
 * among the module's classes, so the server only loads them and carries no Java compiler. A template that
 * does not compile fails the build with its name and the compiler's message.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** {@code args[0]}: the folder of the JRXML templates; {@code args[1]}: where the .jasper files go. */
    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path target = Files.createDirectories(Path.of(args[1]));
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("No report templates (*.jrxml) in " + sources.toAbsolutePath());
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", "");
            try {
                JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name + ".jasper").toString());
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + name + " does not compile: " + e.getMessage(), e);
            }
        }
    }
}
