package vn.chidao.reporting.engine;

import java.awt.Color;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

import vn.chidao.organization.Messages;
import vn.chidao.tasks.StatusClass;

/**
 * Gives each status class the same colour in every chart (overdue red, done green…), flat and
 * legible in black-and-white print, instead of colours that depend on which classes happen to be
 * present; task counts get whole-number ticks.
 */
public class StatusColours implements JRChartCustomizer {

    private static final Map<StatusClass, Color> COLOURS = Map.of(
            StatusClass.NOT_STARTED, new Color(0x9E9E9E),
            StatusClass.IN_PROGRESS_ON_TIME, new Color(0x1E88E5),
            StatusClass.DUE_SOON, new Color(0xFDD835),
            StatusClass.OVERDUE, new Color(0xD32F2F),
            StatusClass.DONE_ON_TIME, new Color(0x2E7D32),
            StatusClass.DONE_LATE, new Color(0x8BC34A),
            StatusClass.SUSPENDED, new Color(0x5D4037));

    @Override
    public void customize(JFreeChart chart, JRChart design) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof PiePlot<?> pie) {
            pie.setShadowPaint(null);
            pie.setBackgroundPaint(Color.WHITE);
            pie.setOutlineVisible(false);
            for (StatusClass status : StatusClass.values()) {
                @SuppressWarnings("unchecked")
                PiePlot<String> plot = (PiePlot<String>) pie;
                plot.setSectionPaint(Messages.text(Messages.VIETNAMESE, "status." + status.name()), COLOURS.get(status));
            }
        } else if (chart.getPlot() instanceof CategoryPlot bars && bars.getRenderer() instanceof BarRenderer renderer) {
            bars.setBackgroundPaint(Color.WHITE);
            bars.setRangeGridlinePaint(Color.LIGHT_GRAY);
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, COLOURS.get(StatusClass.OVERDUE));
            if (bars.getRangeAxis() instanceof NumberAxis counts) {
                counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
    }
}
