package vn.cchc.tracker.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.support.NotFoundException;

/**
 * A signed-in user's own notices: the newest first, how many are unread, marking one or all read. Nobody reads or
 * marks another account's notices; marking read is not audited (it changes nothing anyone else sees).
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** Notices a list shows at most. */
    public static final int LIST_SIZE = 100;

    private final NoticeStore store;
    private final Clock clock;

    NotificationService(NoticeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Notice> latest(Actor actor) {
        requireAccount(actor);
        return store.latest(actor.username(), LIST_SIZE);
    }

    public int unread(Actor actor) {
        return actor.isAnonymous() ? 0 : store.unread(actor.username());
    }

    /** Marks the actor's notice read (again: nothing happens); another account's or an unknown one: not found. */
    @Transactional
    public Notice markRead(Actor actor, long id) {
        requireAccount(actor);
        if (!store.belongsTo(id, actor.username())) {
            throw new NotFoundException("notification.error.notFound", id);
        }
        store.markRead(id, actor.username(), clock.instant());
        return store.byId(id).orElseThrow();
    }

    @Transactional
    public int markAllRead(Actor actor) {
        requireAccount(actor);
        return store.markAllRead(actor.username(), clock.instant());
    }

    private static void requireAccount(Actor actor) {
        if (actor.isAnonymous()) {
            throw new AccessDeniedException("notices are for signed-in users");
        }
    }
}
