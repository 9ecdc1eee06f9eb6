package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds enrollments: U1 trained on proposal on TRAINED with a 70 % target, unless a test says otherwise. */
final class EnrollmentBuilder {
    static final LocalDate TRAINED = LocalDate.parse("2026-02-02");

    private long id = 1;
    private String user = "U1";
    private LocalDate trainedOn = TRAINED;
    private List<String> workflows = List.of("proposal");
    private int target = 70;

    static EnrollmentBuilder anEnrollment() {
        return new EnrollmentBuilder();
    }

    EnrollmentBuilder id(long id) {
        this.id = id;
        return this;
    }

    EnrollmentBuilder of(String user) {
        this.user = user;
        return this;
    }

    EnrollmentBuilder trainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
        return this;
    }

    EnrollmentBuilder on(String... workflows) {
        this.workflows = Arrays.asList(workflows);
        return this;
    }

    EnrollmentBuilder target(int target) {
        this.target = target;
        return this;
    }

    Enrollment build() {
        return new Enrollment(id, user, trainedOn, workflows.stream().map(WorkflowKey::new).toList(), target,
                ZoneId.of("Europe/Berlin"), "UOWNER", trainedOn.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                Optional.empty());
    }
}
