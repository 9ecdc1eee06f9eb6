package ailog.chart;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.WeekPoint;
import ailog.domain.metrics.WeeklyTrend;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrendChartTest {
    private static final LocalDate LAST = LocalDate.of(2026, 11, 29);

    @Test
    void dailyTotalsFallIntoEightWeeksOldestFirst() {
        List<WeekPoint> weeks = WeeklyTrend.of(List.of(
                new DayTotal(LocalDate.of(2026, 10, 5), 4, 3),   // first day of week 1
                new DayTotal(LocalDate.of(2026, 10, 4), 9, 9),   // before the window
                new DayTotal(LocalDate.of(2026, 11, 23), 2, 1),  // week 8
                new DayTotal(LocalDate.of(2026, 11, 29), 2, 2)), LAST, 8);
        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(0).start()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(weeks.get(0).runs()).isEqualTo(4);
        assertThat(weeks.get(7).acceptance().accepted()).isEqualTo(3);
        assertThat(weeks.get(7).runs()).isEqualTo(4);
        assertThat(weeks.get(3).acceptance().percent()).isEmpty();
    }

    @Test
    void theChartIsARealPngOfSaneSize() throws Exception {
        List<WeekPoint> weeks = WeeklyTrend.of(List.of(new DayTotal(LAST, 10, 7),
                new DayTotal(LAST.minusWeeks(2), 20, 12)), LAST, 8);
        byte[] png = TrendChart.png(weeks, 70);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isBetween(5_000, 500_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
    }
}
