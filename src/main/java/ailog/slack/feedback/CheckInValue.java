package ailog.slack.feedback;

import ailog.domain.Obstacle;
import java.util.Optional;

/** What an obstacle button carries: "enrollmentId:week:obstacle-key". */
record CheckInValue(long enrollmentId, int week, Obstacle obstacle) {
    static Optional<CheckInValue> parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Obstacle.fromKey(parts[2])
                .map(obstacle -> new CheckInValue(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), obstacle));
    }
}
