package ailog.app;

import ailog.domain.metrics.SixWeekAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where six-week assessments are kept once given: the first one stored for an enrollment is the one for good. */
public interface Assessments {
    /** Stores the assessment unless its enrollment already has one; returns the one stored, which wins either way. */
    SixWeekAssessment keep(SixWeekAssessment given);

    /** The assessment given for the enrollment, if one was. */
    Optional<SixWeekAssessment> of(long enrollmentId);

    /** The assessments given whose day 42 falls on the days from {@code from} to {@code to}, both included. */
    List<SixWeekAssessment> dueBetween(LocalDate from, LocalDate to);
}
