package vn.chidao.reporting.engine;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

/** Planned against disbursed money, flat bars legible in black-and-white print: planned light, disbursed dark. */
public class FundingColours implements JRChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart design) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot bars && bars.getRenderer() instanceof BarRenderer renderer) {
            bars.setBackgroundPaint(Color.WHITE);
            bars.setRangeGridlinePaint(Color.LIGHT_GRAY);
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, Color.decode("#9DB9D5"));
            renderer.setSeriesPaint(1, Color.decode("#1F4E79"));
        }
    }
}
