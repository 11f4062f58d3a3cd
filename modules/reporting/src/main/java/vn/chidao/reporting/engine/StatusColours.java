package vn.chidao.reporting.engine;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

import vn.chidao.kernel.Messages;
import vn.chidao.tasks.StatusClass;

/**
 * Gives each status class the same colour in every chart (overdue red, done green…), flat and
 * legible in black-and-white print, instead of colours that depend on which classes happen to be
 * present; task counts get whole-number ticks.
 */
public class StatusColours implements JRChartCustomizer {


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
                plot.setSectionPaint(Messages.text(Messages.VIETNAMESE, "status." + status.name()), Color.decode(status.colour()));
            }
        } else if (chart.getPlot() instanceof CategoryPlot bars && bars.getRenderer() instanceof BarRenderer renderer) {
            bars.setBackgroundPaint(Color.WHITE);
            bars.setRangeGridlinePaint(Color.LIGHT_GRAY);
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, Color.decode(StatusClass.OVERDUE.colour()));
            if (bars.getRangeAxis() instanceof NumberAxis counts) {
                counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
    }
}
