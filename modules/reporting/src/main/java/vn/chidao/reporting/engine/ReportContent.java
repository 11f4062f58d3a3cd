package vn.chidao.reporting.engine;

import java.util.List;
import java.util.Map;

/**
 * Everything one report shows, decided before any layout: the main template, the parameters it
 * prints (the tables' rows among them) and the tables for the Excel version.
 */
public record ReportContent(String template, String title, String subtitle, String fileStem,
                            Map<String, Object> parameters, List<Table> tables) {

    public ReportContent {
        parameters = Map.copyOf(parameters);
        tables = List.copyOf(tables);
    }
}
