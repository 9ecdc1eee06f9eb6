package ailog.chart;

import ailog.domain.metrics.WeekPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The weekly report's PNG: runs per week as bars, acceptance rate as a line, the target as a reference line. */
public final class TrendChart {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private TrendChart() {}

    public static byte[] png(List<WeekPoint> weeks, int targetPercent) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset runs = new DefaultCategoryDataset();
        DefaultCategoryDataset acceptance = new DefaultCategoryDataset();
        for (WeekPoint week : weeks) {
            String label = WEEK.format(week.start());
            runs.addValue(week.runs(), "Runs", label);
            acceptance.addValue(week.acceptance().percent().isPresent() ? week.acceptance().percent().getAsInt() : null,
                    "Acceptance %", label);
        }
        CategoryPlot plot = new CategoryPlot(runs, new CategoryAxis("Week starting"), new NumberAxis("Runs"),
                bars());
        plot.setDataset(1, acceptance);
        NumberAxis percent = new NumberAxis("Acceptance %");
        percent.setRange(0, 100);
        plot.setRangeAxis(1, percent);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker target = new ValueMarker(targetPercent, new Color(0xC0392B), new BasicStroke(2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        target.setLabel("target " + targetPercent + "%");
        target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, target, org.jfree.chart.ui.Layer.FOREGROUND);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart("Last " + weeks.size() + " weeks: runs and acceptance",
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return encode(chart.createBufferedImage(WIDTH, HEIGHT));
    }

    private static BarRenderer bars() {
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x4A90D9));
        bars.setShadowVisible(false);
        return bars;
    }

    private static LineAndShapeRenderer line() {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x27AE60));
        line.setSeriesStroke(0, new BasicStroke(3f));
        return line;
    }

    private static byte[] encode(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
