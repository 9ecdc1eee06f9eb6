package ailog.app;

import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.RunEntry;
import ailog.domain.RunRules;
import ailog.domain.WeekProgress;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.WorkflowPhrase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Logs one run: checks it, stores it at most once, and reports the member's week. */
public final class LogRun {
    /** Who logs what, how; {@code addMissingWorkflow} adds an unknown workflow key to the catalog. */
    public record Request(String userId, RunEntry entry, LogSource source, Optional<String> requestKey,
            boolean addMissingWorkflow) {}

    /** What happened to a request. */
    public sealed interface Result {}

    /** Stored; {@code today} is the member's own day the log was checked against, as the reply should show it. */
    public record Logged(Run run, Workflow workflow, LocalDate today, WeekProgress week) implements Result {}

    /** The same card or button already logged its run. */
    public record AlreadyLogged() implements Result {}

    public record UnknownWorkflow(String typed, List<String> closeMatches, boolean canBeAdded) implements Result {}

    public record Rejected(List<String> problems) implements Result {}

    private final Runs runs;
    private final Workflows workflows;
    private final MemberWeekProgress weekProgress;
    private final MemberClock clock;
    private final WorkflowAddedNotices workflowAdded;

    public LogRun(Runs runs, Workflows workflows, MemberWeekProgress weekProgress, MemberClock clock,
            WorkflowAddedNotices workflowAdded) {
        this.runs = runs;
        this.workflows = workflows;
        this.weekProgress = weekProgress;
        this.clock = clock;
        this.workflowAdded = workflowAdded;
    }

    public Result log(Request request) {
        RunEntry entry = request.entry();
        LocalDate today = clock.today(request.userId());
        LocalDate runDate = entry.day().resolve(today);
        List<String> problems = new ArrayList<>();
        RunRules.problemWithEditType(entry.outcome(), entry.editType()).ifPresent(problems::add);
        RunRules.problemWithDate(runDate, today).ifPresent(problems::add);
        RunRules.problemWithNotes(entry.notes()).ifPresent(problems::add);
        Optional<Workflow> workflow = workflows.find(entry.workflowWord());
        if (workflow.isEmpty() && request.addMissingWorkflow() && problems.isEmpty()) {
            workflow = addWorkflow(entry.workflowWord(), request.userId(), problems);
        }
        if (workflow.isEmpty() && problems.isEmpty()) {
            return unknownWorkflow(entry.workflowWord());
        }
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        NewRun run = new NewRun(request.userId(), workflow.get().key(), entry.outcome(), entry.editType(), runDate,
                entry.notes(), clock.now(), request.source(), request.requestKey());
        Optional<Run> saved = runs.saveOnce(run);
        if (saved.isEmpty()) {
            return new AlreadyLogged();
        }
        return new Logged(saved.get(), workflow.get(), today, weekProgress.of(request.userId(), runDate));
    }

    private Optional<Workflow> addWorkflow(String word, String userId, List<String> problems) {
        String key = WorkflowKey.normalise(word);
        String problem = WorkflowKey.problemWith(key);
        if (problem != null) {
            problems.add(problem);
            return Optional.empty();
        }
        Workflow workflow = new Workflow(new WorkflowKey(key), key, userId);
        if (workflows.add(workflow)) {
            workflowAdded.queue(workflow); // only the press that really added it: owners hear once
        }
        return workflows.find(key);
    }

    private UnknownWorkflow unknownWorkflow(String typed) {
        String key = WorkflowKey.normalise(typed);
        return new UnknownWorkflow(typed, WorkflowPhrase.closest(key, workflows.all(), 3),
                WorkflowKey.problemWith(key) == null);
    }
}
