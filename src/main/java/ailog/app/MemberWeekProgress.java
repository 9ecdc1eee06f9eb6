package ailog.app;

import ailog.domain.MemberWeek;
import ailog.domain.WeekProgress;
import java.time.LocalDate;
import java.util.function.ToIntFunction;

/** A member's current week, as every log reply shows it: runs and acceptance against target. */
public final class MemberWeekProgress {
    private final Runs runs;
    private final ToIntFunction<String> targetOf;

    public MemberWeekProgress(Runs runs, ToIntFunction<String> targetOf) {
        this.runs = runs;
        this.targetOf = targetOf;
    }

    /** The week containing {@code today}, the member's own date. */
    public WeekProgress of(String userId, LocalDate today) {
        MemberWeek week = MemberWeek.containing(today);
        return new WeekProgress(week, runs.acceptanceOfMemberBetween(userId, week.monday(), week.sunday()),
                targetOf.applyAsInt(userId));
    }
}
