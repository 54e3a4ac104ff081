package vn.cchc.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import vn.cchc.tracker.config.SparseTouchSessionRepository.TrackedSession;
import vn.cchc.tracker.testing.UnitTest;

/**
 * The session store writes a session only when something in it changed: its last access time when it moved by the
 * write interval (one minute, at most a tenth of the timeout), everything else at once; and a request reads its
 * session from the store once.
 */
@UnitTest
class SparseTouchSessionRepositoryTest {

    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofHours(8);

    private final CountingStore store = new CountingStore();
    private final SparseTouchSessionRepository<MapSession> sessions =
            new SparseTouchSessionRepository<>(store, INTERVAL, SparseTouchSessionRepository.SessionReads.DIRECT);
    private String id;
    private Instant loggedIn;

    @BeforeEach
    void aSessionStartedAMinuteAgo() {
        loggedIn = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        TrackedSession<MapSession> session = sessions.createSession();
        session.setMaxInactiveInterval(TIMEOUT);
        session.setLastAccessedTime(loggedIn);
        session.setAttribute("SPRING_SECURITY_CONTEXT", "someone");
        sessions.save(session);
        id = session.getId();
        store.reset();
    }

    @Test
    void aNewSessionIsWritten() {
        TrackedSession<MapSession> session = sessions.createSession();
        session.setLastAccessedTime(Instant.now());

        sessions.save(session);

        assertThat(store.saved).containsExactly(session.getId());
    }

    @Test
    void aRequestWithinTheIntervalOfTheStoredAccessWritesNothing() {
        TrackedSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(loggedIn.plusSeconds(59));
        session.getAttribute("SPRING_SECURITY_CONTEXT");

        sessions.save(session);
        sessions.save(session); // Spring Session saves again after the response is committed

        assertThat(store.saved).isEmpty();
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(loggedIn);
    }

    @Test
    void aRequestAnIntervalAfterTheStoredAccessWritesItsTime() {
        TrackedSession<MapSession> session = sessions.findById(id);
        Instant later = loggedIn.plus(INTERVAL);
        session.setLastAccessedTime(later);

        sessions.save(session);
        sessions.save(session);

        assertThat(store.saved).containsExactly(id);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void anAttributeChangeIsWrittenAtOnceTogetherWithTheAccessTimeHeldBack() {
        TrackedSession<MapSession> session = sessions.findById(id);
        Instant soon = loggedIn.plusSeconds(5);
        session.setLastAccessedTime(soon);
        session.setAttribute("notice", "saved");

        sessions.save(session);

        MapSession stored = store.findById(id);
        assertThat(store.saved).containsExactly(id);
        assertThat((String) stored.getAttribute("notice")).isEqualTo("saved");
        assertThat(stored.getLastAccessedTime()).isEqualTo(soon);
    }

    @Test
    void removingAnAttributeChangingTheIdOrTheTimeoutIsWrittenAtOnce() {
        TrackedSession<MapSession> removed = sessions.findById(id);
        removed.setLastAccessedTime(loggedIn.plusSeconds(1));
        removed.removeAttribute("SPRING_SECURITY_CONTEXT");
        sessions.save(removed);

        TrackedSession<MapSession> renamed = sessions.findById(id);
        renamed.setLastAccessedTime(loggedIn.plusSeconds(2));
        String newId = renamed.changeSessionId();
        sessions.save(renamed);

        TrackedSession<MapSession> shortened = sessions.findById(newId);
        shortened.setLastAccessedTime(loggedIn.plusSeconds(3));
        shortened.setMaxInactiveInterval(Duration.ofHours(1));
        sessions.save(shortened);

        assertThat(store.saved).containsExactly(id, newId, newId);
        assertThat(store.findById(newId).getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(store.findById(newId).getAttributeNames()).isEmpty();
    }

    @Test
    void aSessionEndsNoLaterThanItsTimeoutAfterTheLastRequestAndAtMostAnIntervalEarlier() {
        Instant lastRequest = loggedIn.plusSeconds(59);
        TrackedSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(lastRequest);
        sessions.save(session);

        Instant expiry = store.findById(id).getLastAccessedTime().plus(TIMEOUT);
        assertThat(expiry).isBeforeOrEqualTo(lastRequest.plus(TIMEOUT));
        assertThat(expiry).isAfter(lastRequest.plus(TIMEOUT).minus(INTERVAL));
        assertThat(sessions.findById(id).isExpired()).isFalse();
    }

    @Test
    void aSessionPastItsTimeoutIsNotFoundWhateverTheRequestsInBetween() {
        TrackedSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(Instant.now().minus(TIMEOUT).minusSeconds(1));
        session.setAttribute("notice", "written with the access time");
        sessions.save(session);

        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void theIntervalIsAtMostATenthOfTheSessionsTimeout() {
        Instant stored = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(SparseTouchSessionRepository.worthWriting(stored, stored.plusSeconds(59), INTERVAL, TIMEOUT))
                .isFalse();
        assertThat(SparseTouchSessionRepository.worthWriting(stored, stored.plusSeconds(60), INTERVAL, TIMEOUT))
                .isTrue();
        assertThat(SparseTouchSessionRepository.worthWriting(
                        stored, stored.plusSeconds(30), INTERVAL, Duration.ofMinutes(5)))
                .isTrue();
        assertThat(SparseTouchSessionRepository.worthWriting(
                        stored, stored.plusSeconds(29), INTERVAL, Duration.ofMinutes(5)))
                .isFalse();
        assertThat(SparseTouchSessionRepository.worthWriting(stored, stored, Duration.ZERO, TIMEOUT))
                .as("no interval: every access is written")
                .isTrue();
    }

    @Test
    void aRequestReadsItsSessionFromTheStoreOnce() throws Exception {
        List<TrackedSession<MapSession>> found = new ArrayList<>();

        sessions.serve(() -> {
            found.add(sessions.findById(id));
            found.add(sessions.findById(id));
        });

        assertThat(store.reads).isEqualTo(1);
        assertThat(found.get(1)).isSameAs(found.get(0));
    }

    @Test
    void theNextRequestReadsTheStoreAgainAndSeesTheSessionEndedElsewhere() throws Exception {
        sessions.serve(() -> sessions.findById(id));
        store.deleteById(id); // logout or a password change on another instance

        List<TrackedSession<MapSession>> found = new ArrayList<>();
        sessions.serve(() -> found.add(sessions.findById(id)));

        assertThat(store.reads).isEqualTo(2);
        assertThat(found).containsExactly((TrackedSession<MapSession>) null);
    }

    @Test
    void aSessionEndedDuringARequestIsGoneForTheRestOfIt() throws Exception {
        List<TrackedSession<MapSession>> found = new ArrayList<>();

        sessions.serve(() -> {
            sessions.findById(id);
            sessions.deleteById(id);
            found.add(sessions.findById(id));
        });

        assertThat(found).containsExactly((TrackedSession<MapSession>) null);
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        sessions.findById(id);
        sessions.findById(id);

        assertThat(store.reads).isEqualTo(2);
    }

    /** Spring Session's in-memory store, counting reads and writes. */
    static final class CountingStore extends MapSessionRepository {

        final List<String> saved = new ArrayList<>();
        int reads;

        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        void reset() {
            saved.clear();
            reads = 0;
        }

        @Override
        public void save(MapSession session) {
            saved.add(session.getId());
            super.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return super.findById(id);
        }
    }
}
