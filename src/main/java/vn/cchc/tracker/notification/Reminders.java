package vn.cchc.tracker.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Recipients;
import vn.cchc.tracker.account.Recipients.Recipient;
import vn.cchc.tracker.notification.NoticeStore.NewNotice;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;

/**
 * Creates the reminders due today ({@link ReminderRule}) for every period of the current and previous year and every
 * unit that carries a code in the period's year, one notice per enabled editor of the province. Running it again the
 * same day, or on another instance, creates nothing more: each notice's dedup key is unique per account.
 */
@Service
public class Reminders {

    private final JdbcTemplate jdbc;
    private final ProvinceService provinces;
    private final Recipients recipients;
    private final NoticeStore store;
    private final Clock clock;

    Reminders(JdbcTemplate jdbc, ProvinceService provinces, Recipients recipients, NoticeStore store, Clock clock) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    private record Period(long id, int year, LocalDate dueDate) {}

    private record Key(long periodId, long provinceId) {}

    /** The ids of the notices created. */
    @Transactional
    public List<Long> createDueToday() {
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = jdbc
                .query(
                        "select id, year, due_date from reporting_period where year between ? and ? order by due_date",
                        (rs, n) -> new Period(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)),
                        today.getYear() - 1,
                        today.getYear())
                .stream()
                .filter(p -> ReminderRule.considered(p.year(), today))
                .toList();
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<Key, String> states = new HashMap<>();
        Map<Key, Set<NotificationKind>> sent = new HashMap<>();
        jdbc.query(
                """
                select s.period_id, s.province_id, s.state from period_submission s
                join reporting_period rp on rp.id = s.period_id where rp.year between ? and ?""",
                rs -> {
                    states.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getString(3));
                },
                today.getYear() - 1,
                today.getYear());
        jdbc.query(
                """
                select distinct n.period_id, n.province_id, n.kind from notification n
                join reporting_period rp on rp.id = n.period_id
                where rp.year between ? and ? and n.kind in ('DUE_7_DAYS', 'DUE_3_DAYS', 'DUE_1_DAY', 'OVERDUE')""",
                rs -> {
                    sent.computeIfAbsent(
                                    new Key(rs.getLong(1), rs.getLong(2)), k -> EnumSet.noneOf(NotificationKind.class))
                            .add(NotificationKind.valueOf(rs.getString(3)));
                },
                today.getYear() - 1,
                today.getYear());
        ProvinceUnits units = provinces.units();
        Map<String, List<Recipient>> editors = recipients.editorsOf(
                units.all().stream().map(ProvinceUnit::code).distinct().toList());

        List<Long> created = new ArrayList<>();
        for (Period period : periods) {
            for (ProvinceUnit unit : units.carriersIn(period.year())) {
                List<Recipient> to = editors.getOrDefault(unit.code(), List.of());
                if (to.isEmpty()) {
                    continue;
                }
                Key key = new Key(period.id(), unit.id());
                Optional<NotificationKind> due = ReminderRule.dueToday(
                        today,
                        period.dueDate(),
                        ReminderRule.isSubmitted(states.get(key)),
                        sent.getOrDefault(key, Set.of()));
                due.ifPresent(kind -> {
                    String dedup = kind.name() + ":period:" + period.id() + ":province:" + unit.id();
                    for (Recipient editor : to) {
                        store.insert(
                                        new NewNotice(editor.accountId(), kind, unit.id(), period.id(), null, dedup),
                                        clock.instant())
                                .ifPresent(created::add);
                    }
                });
            }
        }
        return created;
    }
}
