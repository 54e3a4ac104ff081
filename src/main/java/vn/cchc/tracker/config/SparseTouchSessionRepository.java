package vn.cchc.tracker.config;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Around the session store (Spring Session JDBC): a request that changes nothing in its session writes nothing.
 * Spring Session moves a session's last access time on every request, and the stock store writes it back each time:
 * an UPDATE and a commit (a WAL flush) for every page a signed-in user views, even one sent from the page cache.
 * Here the last access time is written only when it moved by at least the write interval, or together with any other
 * change of the session (an attribute, its id, its timeout), which is written at once as before.
 *
 * <p>So a session stays valid at most its timeout after the last written access: it may end up to one write interval
 * <em>earlier</em> than its timeout after the last request, never later (the interval is at most a tenth of the
 * session's timeout: one minute of eight hours by default). The session is still read from the store on every
 * request (once: see {@link #serve}), so ending it anywhere — logout, a password change, another instance — takes
 * effect on the next request. Attribute changes are noticed when set ({@code spring.session.jdbc.save-mode} stays
 * {@code on-set-attribute}, Spring Session's default).
 */
final class SparseTouchSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<SparseTouchSessionRepository.TrackedSession<S>> {

    /** How the store's sessions are read by id: in the application, outside a transaction. */
    interface SessionReads {

        /** Reads as they are. */
        SessionReads DIRECT = new SessionReads() {
            @Override
            public <T> T read(Supplier<T> read) {
                return read.get();
            }
        };

        <T> T read(Supplier<T> read);
    }

    /** A request's work, during which a session read by id again is the one read first. */
    interface RequestWork {
        void run() throws IOException, ServletException;
    }

    private final SessionRepository<S> store;
    private final Duration writeInterval;
    private final SessionReads reads;
    /** The sessions this thread's current request read, by id; none outside {@link #serve}. */
    private final ThreadLocal<Map<String, TrackedSession<S>>> readThisRequest = new ThreadLocal<>();

    SparseTouchSessionRepository(SessionRepository<S> store, Duration writeInterval, SessionReads reads) {
        if (writeInterval.isNegative()) {
            throw new IllegalArgumentException("a negative write interval: " + writeInterval);
        }
        this.store = store;
        this.writeInterval = writeInterval;
        this.reads = reads;
    }

    /**
     * Whether an access at {@code now} is worth writing for a session whose stored last access is {@code stored}:
     * when it moved by at least the write interval, capped at a tenth of the session's timeout.
     */
    static boolean worthWriting(Instant stored, Instant now, Duration writeInterval, Duration timeout) {
        Duration interval = writeInterval;
        if (!timeout.isNegative() && !timeout.isZero() && timeout.dividedBy(10).compareTo(interval) < 0) {
            interval = timeout.dividedBy(10);
        }
        return Duration.between(stored, now).compareTo(interval) >= 0;
    }

    /**
     * Runs one request, during which a session is read from the store once: Spring Session reads it a second time
     * after committing the response only to learn the requested id again (spring-session issue 1731), which would
     * cost a statement on every request. A request within a request (a forward) shares its sessions.
     */
    void serve(RequestWork work) throws IOException, ServletException {
        if (readThisRequest.get() != null) {
            work.run();
            return;
        }
        readThisRequest.set(new HashMap<>());
        try {
            work.run();
        } finally {
            readThisRequest.remove();
        }
    }

    @Override
    public TrackedSession<S> createSession() {
        return new TrackedSession<>(store.createSession(), true, writeInterval);
    }

    @Override
    public void save(TrackedSession<S> session) {
        if (session.mustBeWritten()) {
            session.beforeWrite();
            store.save(session.stored);
            session.written();
        }
    }

    @Override
    public TrackedSession<S> findById(String id) {
        Map<String, TrackedSession<S>> read = readThisRequest.get();
        TrackedSession<S> known = read == null ? null : read.get(id);
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        S stored = reads.read(() -> store.findById(id));
        if (stored == null) {
            return null;
        }
        TrackedSession<S> found = new TrackedSession<>(stored, false, writeInterval);
        if (read != null) {
            read.put(id, found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        Map<String, TrackedSession<S>> read = readThisRequest.get();
        if (read != null) {
            read.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, TrackedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!(store instanceof FindByIndexNameSessionRepository<?> indexed)) {
            return Map.of();
        }
        Map<String, TrackedSession<S>> found = new LinkedHashMap<>();
        indexed.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> {
            @SuppressWarnings("unchecked") // the same store: its sessions are of its type
            S stored = (S) session;
            found.put(id, new TrackedSession<>(stored, false, writeInterval));
        });
        return found;
    }

    /**
     * A stored session that notes what changed in it: every change is passed on at once, except a last access time
     * too close to the stored one, which is held back until it is worth writing or something else is written.
     */
    static final class TrackedSession<S extends Session> implements Session {

        private final S stored;
        private final Duration writeInterval;
        private boolean isNew;
        private boolean changed;
        private boolean touched;
        private Instant heldBack;

        TrackedSession(S stored, boolean isNew, Duration writeInterval) {
            this.stored = stored;
            this.isNew = isNew;
            this.writeInterval = writeInterval;
        }

        boolean mustBeWritten() {
            return isNew || changed || touched;
        }

        /** What is written carries the latest access, held back or not. */
        private void beforeWrite() {
            if (heldBack != null) {
                stored.setLastAccessedTime(heldBack);
            }
        }

        private void written() {
            isNew = false;
            changed = false;
            touched = false;
            heldBack = null;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (isNew
                    || worthWriting(
                            stored.getLastAccessedTime(),
                            lastAccessedTime,
                            writeInterval,
                            stored.getMaxInactiveInterval())) {
                stored.setLastAccessedTime(lastAccessedTime);
                touched = true;
                heldBack = null;
            } else {
                heldBack = lastAccessedTime;
            }
        }

        /** The stored last access, which the session's expiry counts from. */
        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
