package ailog.chart;

import ailog.domain.FoundationChange;
import ailog.domain.metrics.WeekPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The workflow page's PNG: acceptance by week as a line, each change to its foundations a vertical marker. */
public final class WorkflowChart {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;
    /** The markers' colour, unlike anything else on the chart, so they stand out (and a test can find them). */
    public static final Color MARKER = new Color(0xE67E22);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private WorkflowChart() {}

    /** One marker per change in the weeks shown, at the week it was made in, labelled with the foundation. */
    public static List<CategoryMarker> markers(List<WeekPoint> weeks, List<FoundationChange> changes) {
        List<CategoryMarker> markers = new ArrayList<>();
        for (FoundationChange change : changes) {
            weeks.stream().filter(w -> contains(w.start(), change.changedOn())).findFirst().ifPresent(week -> {
                CategoryMarker marker = new CategoryMarker(WEEK.format(week.start()), MARKER, new BasicStroke(3f));
                marker.setDrawAsLine(true);
                marker.setLabel(change.foundation().label());
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                markers.add(marker);
            });
        }
        return markers;
    }

    public static JFreeChart chart(String workflowName, List<WeekPoint> weeks, List<FoundationChange> changes) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset acceptance = new DefaultCategoryDataset();
        for (WeekPoint week : weeks) {
            acceptance.addValue(week.acceptance().percent().isPresent() ? week.acceptance().percent().getAsInt()
                    : null, "Acceptance %", WEEK.format(week.start()));
        }
        NumberAxis percent = new NumberAxis("Acceptance %");
        percent.setRange(0, 100);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x27AE60));
        line.setSeriesStroke(0, new BasicStroke(3f));
        CategoryPlot plot = new CategoryPlot(acceptance, new CategoryAxis("Week starting"), percent, line);
        markers(weeks, changes).forEach(marker -> plot.addDomainMarker(marker, Layer.FOREGROUND));
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(workflowName + ": acceptance by week, changes marked",
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static byte[] png(String workflowName, List<WeekPoint> weeks, List<FoundationChange> changes) {
        BufferedImage image = chart(workflowName, weeks, changes).createBufferedImage(WIDTH, HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(LocalDate weekStart, LocalDate day) {
        return !day.isBefore(weekStart) && day.isBefore(weekStart.plusDays(7));
    }
}
