package vn.cchc.tracker.completeness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.attainment.AttainmentService;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.completeness.PeriodRecords.Submission;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.reporting.PeriodKind;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.tablefile.CellText;

/**
 * Builds the completeness board of a period. The statuses come from the attainment service (never recomputed here),
 * the rest from {@link PeriodRecords}: a fixed number of statements whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class CompletenessService {

    private final AttainmentService attainment;
    private final ProvinceService provinces;
    private final PeriodRecords records;
    private final Clock clock;

    CompletenessService(AttainmentService attainment, ProvinceService provinces, PeriodRecords records, Clock clock) {
        this.attainment = attainment;
        this.provinces = provinces;
        this.records = records;
        this.clock = clock;
    }

    /** The national board: every unit expected to report. Reviewers and admins. */
    public Board national(Actor actor, int year, PeriodKind kind, BoardSort sort, Locale locale) {
        actor.requireReview();
        return board(null, year, kind, sort, locale);
    }

    /**
     * One province's row: its editors, reviewers and admins.
     *
     * @throws NotFoundException for an unknown code, or a code no unit carries on the period's due date
     */
    public Board province(Actor actor, String code, int year, PeriodKind kind, Locale locale) {
        if (!mayRead(actor, code)) {
            throw new AccessDeniedException(actor.username() + " may not read the reporting of province " + code);
        }
        provinces.profile(code);
        Board board = board(code, year, kind, BoardSort.CODE, locale);
        if (board.rows().isEmpty()) {
            throw new NotFoundException("completeness.error.noUnit", code);
        }
        return board;
    }

    /** Who may read a province's reporting (its board row, its periodic report): its editors, reviewers, admins. */
    public static boolean mayRead(Actor actor, String code) {
        return actor.canWrite(code) || actor.canReview();
    }

    /** The period a board opens on: of the year, the first whose due date is today or later, else the year's. */
    public PeriodKind defaultKind(int year) {
        LocalDate today = today();
        for (PeriodKind kind : PeriodKind.values()) {
            if (!records.period(year, kind).dueDate().isBefore(today)) {
                return kind;
            }
        }
        return PeriodKind.YEAR;
    }

    private Board board(String code, int year, PeriodKind kind, BoardSort sort, Locale locale) {
        ReportingPeriod period = records.period(year, kind);
        ProvinceUnits units = provinces.units();
        ReportingUnits reporting = new ReportingUnits(units);
        List<ProvinceUnit> expected = reporting.inForceOn(period.dueDate()).stream()
                .filter(u -> code == null || u.code().equals(code))
                .toList();
        Map<Long, List<TargetAttainment>> goals = reporting.goalsBySeries(attainment.evaluate(code, year, locale));
        Map<Long, Set<String>> values = reporting.bySeries(records.valuesByUnit(period));
        Set<Long> narrated = records.narratives(period).keySet();
        Map<String, Submission> submissions = records.submissions(period);
        LocalDate today = today();
        List<BoardRow> rows = new ArrayList<>();
        for (ProvinceUnit unit : expected) {
            long series = reporting.series(unit);
            UnitCounts counts = UnitCounts.of(
                    goals.getOrDefault(series, List.of()), values.getOrDefault(series, Set.of()), narrated);
            Submission submission = submissions.getOrDefault(unit.code(), new Submission(null, null));
            rows.add(new BoardRow(
                    unit.code(),
                    unit.nameVi(),
                    "province.kind." + unit.kind(),
                    counts,
                    SubmissionStatus.of(submission.state(), submission.submittedOn(), period.dueDate(), today),
                    submission.submittedOn(),
                    SubmissionStatus.onTime(submission.state(), submission.submittedOn(), period.dueDate())));
        }
        BoardTotals totals = BoardTotals.of(rows);
        rows.sort(sort.comparator());
        return new Board(period, sort, List.copyOf(rows), totals);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CellText.ZONE));
    }
}
