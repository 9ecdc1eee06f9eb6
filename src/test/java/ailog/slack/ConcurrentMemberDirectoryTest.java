package ailog.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.MemberDirectory;
import ailog.testing.TestClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentMemberDirectoryTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T15:00:00Z"));
    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Slack as the tests script it: "U0GONE…" unknown, "U0BROKEN…" throws, everyone else found. */
    private final MemberDirectory slack = userId -> {
        asked.computeIfAbsent(userId, id -> new AtomicInteger()).incrementAndGet();
        if (userId.startsWith("U0GONE")) {
            return new MemberDirectory.NotFound();
        }
        if (userId.startsWith("U0BROKEN")) {
            throw new IllegalStateException("socket closed");
        }
        return new MemberDirectory.Found(new MemberDirectory.Profile(userId, ZoneOffset.UTC, false, false));
    };

    private final ConcurrentMemberDirectory directory = new ConcurrentMemberDirectory(slack, pool, clock);

    private int timesAsked(String userId) {
        return asked.getOrDefault(userId, new AtomicInteger()).get();
    }

    @Test
    void answersComeInTheOrderAskedWithEachPersonAskedOnce() {
        Map<String, MemberDirectory.Lookup> answers = directory.lookUpAll(List.of("U0B", "U0A", "U0GONE1", "U0B"));

        assertThat(answers.keySet()).containsExactly("U0B", "U0A", "U0GONE1");
        assertThat(answers.get("U0GONE1")).isInstanceOf(MemberDirectory.NotFound.class);
        assertThat(timesAsked("U0B")).isEqualTo(1);
    }

    @Test
    void aProfileFoundIsKeptForTenMinutesThenAskedForAgain() {
        directory.lookUpAll(List.of("U0A"));
        directory.lookUpAll(List.of("U0A"));
        assertThat(timesAsked("U0A")).isEqualTo(1);

        clock.advance(ConcurrentMemberDirectory.KEEP);
        directory.lookUpAll(List.of("U0A"));
        assertThat(timesAsked("U0A")).isEqualTo(2);
    }

    @Test
    void unknownPeopleAndFailuresAreAskedAboutAgainNextTime() {
        directory.lookUpAll(List.of("U0GONE1", "U0BROKEN1"));
        directory.lookUpAll(List.of("U0GONE1", "U0BROKEN1"));

        assertThat(timesAsked("U0GONE1")).isEqualTo(2);
        assertThat(timesAsked("U0BROKEN1")).isEqualTo(2);
    }

    @Test
    void aLookupThatBreaksIsAFailureNamedForTheOwnerNotAnException() {
        assertThat(directory.lookUp("U0BROKEN1")).isInstanceOfSatisfying(MemberDirectory.Failed.class,
                failed -> assertThat(failed.why()).contains("socket closed"));
    }
}
