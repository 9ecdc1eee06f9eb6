package ailog.app.feedback;

import ailog.domain.Obstacle;

/** Where the answers to "what is in the way?" are kept: one per enrollment and week. */
public interface ObstacleAnswers {
    /** Records the answer; false when that enrollment and week already has one. */
    boolean record(String userId, long enrollmentId, int week, Obstacle obstacle);
}
