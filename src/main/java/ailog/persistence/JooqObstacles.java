package ailog.persistence;

import static ailog.persistence.generated.Tables.OBSTACLE;

import ailog.app.feedback.ObstacleAnswers;
import ailog.domain.Obstacle;
import java.time.Clock;

/** Answers to "what is in the way?": the unique (enrollment, week) keeps the first answer. */
public final class JooqObstacles implements ObstacleAnswers {
    private final Database database;
    private final Clock clock;

    public JooqObstacles(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean record(String userId, long enrollmentId, int week, Obstacle obstacle) {
        return database.write(dsl -> dsl.insertInto(OBSTACLE)
                .set(OBSTACLE.USER_ID, userId)
                .set(OBSTACLE.ENROLLMENT, enrollmentId)
                .set(OBSTACLE.WEEK, (long) week)
                .set(OBSTACLE.REASON, obstacle.key())
                .set(OBSTACLE.ANSWERED_AT, clock.millis())
                .onConflictDoNothing()
                .execute()) == 1;
    }
}
