package ailog.chart;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.WeekPoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class WorkflowChartTest {
    private static final LocalDate FIRST = LocalDate.parse("2026-10-05");

    private static List<WeekPoint> weeks() {
        List<WeekPoint> weeks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            weeks.add(new WeekPoint(FIRST.plusWeeks(i), new AcceptanceRate(i < 6 ? 5 : 9, 10)));
        }
        return weeks;
    }

    private static FoundationChange change(long id, String day, Foundation foundation) {
        return new FoundationChange(id, new WorkflowKey("proposal"), foundation, "x", "UOWNER",
                Instant.parse(day + "T12:00:00Z"), LocalDate.parse(day), Optional.empty());
    }

    private static final List<FoundationChange> TWO_CHANGES = List.of(
            change(1, "2026-11-12", Foundation.CONTEXT_PACK), change(2, "2026-12-02", Foundation.VOICE_GUIDE));

    @Test
    void eachChangeInTheWeeksShownIsOneVerticalMarkerAtItsWeek() {
        CategoryPlot plot = WorkflowChart.chart("Client proposal", weeks(), TWO_CHANGES).getCategoryPlot();
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(2);
        assertThat(WorkflowChart.markers(weeks(), TWO_CHANGES)).extracting(m -> m.getKey())
                .containsExactly("9 Nov", "30 Nov");
        assertThat(WorkflowChart.markers(weeks(), List.of(change(3, "2026-01-01", Foundation.TRAINING)))).isEmpty();
    }

    @Test
    void thePngIsARealImageWithTheMarkersDrawn() throws IOException {
        byte[] png = WorkflowChart.png("Client proposal", weeks(), TWO_CHANGES);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(WorkflowChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(WorkflowChart.HEIGHT);
        assertThat(markerColumns(image)).hasSize(2);
        BufferedImage none = ImageIO.read(new ByteArrayInputStream(WorkflowChart.png("Client proposal", weeks(),
                List.of())));
        assertThat(markerColumns(none)).isEmpty();
    }

    /** Columns holding a tall run of the marker colour: one per vertical marker line. */
    private static List<Integer> markerColumns(BufferedImage image) {
        List<Integer> columns = new ArrayList<>();
        int rgb = WorkflowChart.MARKER.getRGB() & 0xFFFFFF;
        for (int x = 0; x < image.getWidth(); x++) {
            int count = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
            if (count > image.getHeight() / 3 && (columns.isEmpty() || x - columns.get(columns.size() - 1) > 5)) {
                columns.add(x);
            }
        }
        return columns;
    }
}
