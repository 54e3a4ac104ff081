package vn.cchc.tracker.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Recipients;
import vn.cchc.tracker.account.Recipients.Recipient;
import vn.cchc.tracker.explanation.ExplanationAnswered;
import vn.cchc.tracker.explanation.ExplanationRequested;
import vn.cchc.tracker.notification.NoticeStore.NewNotice;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.reporting.PeriodReturned;

/**
 * The notices other features' events cause: a returned report and an explanation request to the province's
 * editors, an answered request to the reviewer who asked. Each in a transaction of its own, after the event's own
 * transaction committed; the ids of the notices created are returned for their e-mails.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class EventNotices {

    private final JdbcTemplate jdbc;
    private final ProvinceService provinces;
    private final Recipients recipients;
    private final NoticeStore store;
    private final Clock clock;

    EventNotices(JdbcTemplate jdbc, ProvinceService provinces, Recipients recipients, NoticeStore store, Clock clock) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    public List<Long> returned(PeriodReturned event) {
        Integer year = jdbc
                .query("select year from reporting_period where id = ?", (rs, n) -> rs.getInt(1), event.periodId())
                .stream()
                .findFirst()
                .orElse(null);
        if (year == null) {
            return List.of();
        }
        Optional<ProvinceUnit> unit = provinces.unitInYear(event.provinceCode(), year);
        if (unit.isEmpty()) {
            return List.of();
        }
        // one notice per return: the same submission may be returned again after a resubmission
        Instant returnedAt = jdbc
                .query(
                        "select reviewed_at from period_submission where id = ?",
                        (rs, n) -> rs.getTimestamp(1),
                        event.submissionId())
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(java.sql.Timestamp::toInstant)
                .findFirst()
                .orElse(clock.instant());
        String dedup = "RETURNED:submission:" + event.submissionId() + ":at:" + returnedAt.toEpochMilli();
        return notify(
                recipients.editorsOf(event.provinceCode()),
                NotificationKind.RETURNED,
                unit.get().id(),
                event.periodId(),
                null,
                dedup);
    }

    public List<Long> requested(ExplanationRequested event) {
        return notify(
                recipients.editorsOf(event.provinceCode()),
                NotificationKind.EXPLANATION_REQUESTED,
                targetProvince(event.targetId()),
                null,
                event.requestId(),
                "EXPLANATION_REQUESTED:request:" + event.requestId());
    }

    public List<Long> answered(ExplanationAnswered event) {
        return notify(
                recipients.enabled(event.requestedBy()).stream().toList(),
                NotificationKind.EXPLANATION_ANSWERED,
                targetProvince(event.targetId()),
                null,
                event.requestId(),
                "EXPLANATION_ANSWERED:request:" + event.requestId());
    }

    /** The unit whose document sets the target. */
    private Long targetProvince(long targetId) {
        return jdbc
                .query(
                        "select d.province_id from target t join document d on d.id = t.document_id where t.id = ?",
                        (rs, n) -> rs.getLong(1),
                        targetId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private List<Long> notify(
            List<Recipient> to,
            NotificationKind kind,
            Long provinceId,
            Long periodId,
            Long explanationRequestId,
            String dedup) {
        List<Long> created = new ArrayList<>();
        for (Recipient recipient : to) {
            store.insert(
                            new NewNotice(
                                    recipient.accountId(), kind, provinceId, periodId, explanationRequestId, dedup),
                            clock.instant())
                    .ifPresent(created::add);
        }
        return created;
    }
}
