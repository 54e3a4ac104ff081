package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.ShippedData;

/**
 * The reporting cycle's rules through its services on the shipped data: Đắk Nông's year report of 2024 (two SIPAS
 * goals off track and two PAPI goals at risk need a narrative). Each test is rolled back.
 */
@ApplicationTest
@Transactional
@RecordApplicationEvents
class ReportingCycleServiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DN = ShippedData.DAK_NONG;

    private static final Actor EDITOR = Actor.of("editor.daknong", Role.EDITOR, Set.of(DN), false);
    private static final Actor OTHER_EDITOR = Actor.of("test.editor.binhdinh", Role.EDITOR, Set.of("52"), false);
    private static final Actor REVIEWER = Actor.of("test.reviewer", Role.VIEWER, Set.of(), false, true);
    private static final Actor VIEWER = Actor.of("test.viewer", Role.VIEWER, Set.of(), false);
    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN, Set.of(), false);

    @Autowired
    PeriodReportService reports;

    @Autowired
    NarrativeService narratives;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PeriodService periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void theReportListsEveryGoalOnceWithTheStatusTheAttainmentServiceGivesAndMarksThoseNeedingANarrative() {
        PeriodReport report = reports.report(DN, 2024, "YEAR", VI);

        assertThat(report.submission().state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(report.rows()).isNotEmpty();
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.attainment().representsGoal()).isTrue();
            assertThat(r.required())
                    .isEqualTo(NarrativeRule.requiresNarrative(r.attainment().status()));
        });
        assertThat(report.missing(VI)).hasSize(4).allSatisfy(m -> assertThat(m).contains(" — "));
    }

    @Test
    void submittingIsRefusedUntilEveryRequiredNarrativeIsWrittenThenReturnedResubmittedAndAcceptedLocksTheYear() {
        assertThatThrownBy(() -> submissions.submit(DN, 2024, "YEAR", 0, EDITOR, VI))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("reporting.submit.missing");
                    assertThat(e.violations().get(0).args()[0]).isEqualTo(4);
                });

        writeRequired(EDITOR);
        Submission submitted = submissions.submit(DN, 2024, "YEAR", 0, EDITOR, VI);
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("editor.daknong");
        assertThat(reports.waiting())
                .anySatisfy(w -> assertThat(w.submissionId()).isEqualTo(submitted.id()));

        long v = submitted.version();
        assertThatThrownBy(() -> submissions.returnToProvince(DN, 2024, "YEAR", v, "  ", REVIEWER, VI))
                .isInstanceOf(InvalidInputException.class);
        Submission returned =
                submissions.returnToProvince(DN, 2024, "YEAR", v, "Bổ sung nguyên nhân SIPAS", REVIEWER, VI);
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Bổ sung nguyên nhân SIPAS");
        assertThat(events.stream(PeriodReturned.class)).singleElement().satisfies(e -> {
            assertThat(e.provinceCode()).isEqualTo(DN);
            assertThat(e.comment()).isEqualTo("Bổ sung nguyên nhân SIPAS");
            assertThat(e.returnedBy()).isEqualTo("test.reviewer");
            assertThat(e.submissionId()).isEqualTo(returned.id());
        });

        Submission again = submissions.submit(DN, 2024, "YEAR", returned.version(), EDITOR, VI);
        assertThat(again.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(approved(2024)).isZero();
        Submission accepted = submissions.accept(DN, 2024, "YEAR", again.version(), REVIEWER, VI);
        assertThat(accepted.state()).isEqualTo(SubmissionState.ACCEPTED);
        assertThat(approved(2024)).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                        select action from audit_event where entity_type = 'SUBMISSION' and entity_id = ?
                        order by id""", String.class, accepted.id()))
                .containsExactly("SUBMIT", "RETURN", "SUBMIT", "ACCEPT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'APPROVAL' and province_code = ? and year = 2024",
                        Integer.class,
                        DN))
                .isEqualTo(1);
    }

    @Test
    void acceptingAQuarterReportDoesNotApproveTheYear() {
        writeRequired(EDITOR, "Q1");
        Submission s = submissions.submit(DN, 2024, "Q1", 0, EDITOR, VI);
        submissions.accept(DN, 2024, "Q1", s.version(), ADMIN, VI);
        assertThat(approved(2024)).isZero();
    }

    @Test
    void narrativesAreWrittenByTheProvincesEditorsAndAdminsOnly() {
        long target = requiredTarget();
        NarrativeText text = NarrativeText.checked("Đánh giá", null, null);

        for (Actor refused : List.of(OTHER_EDITOR, REVIEWER, VIEWER, Actor.anonymous())) {
            assertThatThrownBy(() -> narratives.save(DN, 2024, "YEAR", target, 0, text, refused, VI))
                    .as(refused.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        Narrative written = narratives.save(DN, 2024, "YEAR", target, 0, text, EDITOR, VI);
        Narrative edited = narratives.save(
                DN,
                2024,
                "YEAR",
                target,
                written.version(),
                NarrativeText.checked("Sửa", "Nguyên nhân", null),
                ADMIN,
                VI);
        assertThat(edited.assessment()).isEqualTo("Sửa");
        assertThat(edited.updatedBy()).isEqualTo("admin");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'NARRATIVE' and entity_id = ? order by id",
                        String.class,
                        written.id()))
                .containsExactly("CREATE", "UPDATE");
    }

    @Test
    void aStaleNarrativeOrReportIsRefusedAndNothingChanges() {
        long target = requiredTarget();
        Narrative written =
                narratives.save(DN, 2024, "YEAR", target, 0, NarrativeText.checked("Một", null, null), EDITOR, VI);
        assertThatThrownBy(() -> narratives.save(
                        DN,
                        2024,
                        "YEAR",
                        target,
                        written.version() + 1,
                        NarrativeText.checked("Hai", null, null),
                        EDITOR,
                        VI))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> narratives.save(
                        DN, 2024, "YEAR", target, 0, NarrativeText.checked("Ba", null, null), ADMIN, VI))
                .as("a second first version")
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reports.report(DN, 2024, "YEAR", VI).row(target).narrative().assessment())
                .isEqualTo("Một");

        writeRequired(EDITOR);
        assertThatThrownBy(() -> submissions.submit(DN, 2024, "YEAR", 3, EDITOR, VI))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void onlyTheProvincesEditorsSubmitAndOnlyReviewersReturnOrAccept() {
        writeRequired(EDITOR);
        for (Actor refused : List.of(OTHER_EDITOR, REVIEWER, VIEWER)) {
            assertThatThrownBy(() -> submissions.submit(DN, 2024, "YEAR", 0, refused, VI))
                    .as(refused.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        Submission s = submissions.submit(DN, 2024, "YEAR", 0, EDITOR, VI);
        for (Actor refused : List.of(EDITOR, OTHER_EDITOR, VIEWER)) {
            assertThatThrownBy(() -> submissions.accept(DN, 2024, "YEAR", s.version(), refused, VI))
                    .as(refused.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> submissions.returnToProvince(DN, 2024, "YEAR", s.version(), "x", refused, VI))
                    .as(refused.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aSubmittedReportKeepsItsNarrativesAndCannotBeSubmittedTwice() {
        writeRequired(EDITOR);
        Submission s = submissions.submit(DN, 2024, "YEAR", 0, EDITOR, VI);
        long target = requiredTarget();
        Narrative n = reports.report(DN, 2024, "YEAR", VI).row(target).narrative();
        assertThatThrownBy(() -> narratives.save(
                        DN,
                        2024,
                        "YEAR",
                        target,
                        n.version(),
                        NarrativeText.checked("Sau khi gửi", null, null),
                        EDITOR,
                        VI))
                .isInstanceOf(NarrativeService.ReportNotWithProvinceException.class);
        assertThatThrownBy(() -> submissions.submit(DN, 2024, "YEAR", s.version(), EDITOR, VI))
                .isInstanceOf(SubmissionState.IllegalStepException.class);
    }

    @Test
    void aTargetOfAnotherProvinceOrAnUnknownPeriodIsNotFound() {
        long otherProvinces = ShippedData.targetId(jdbc, ShippedData.BINH_DINH_PROGRAMME, 1);
        assertThatThrownBy(() -> narratives.save(
                        DN, 2024, "YEAR", otherProvinces, 0, NarrativeText.checked("x", null, null), ADMIN, VI))
                .isInstanceOf(vn.cchc.tracker.support.NotFoundException.class);
        assertThatThrownBy(() -> reports.report(DN, 2024, "Q5", VI))
                .isInstanceOf(vn.cchc.tracker.support.NotFoundException.class);
        assertThatThrownBy(() -> reports.report(DN, 2019, "YEAR", VI))
                .isInstanceOf(vn.cchc.tracker.support.NotFoundException.class);
    }

    @Test
    void anAdminMovesAPeriodsDatesWithItsVersionAndCreatesAFurtherYearFromTheDefaults() {
        ReportingPeriod q1 = periods.period(2025, "Q1");
        PeriodDates moved = PeriodDates.parse("15/12/2024", "14/03/2025", "25/03/2025");
        assertThatThrownBy(() -> periods.update(q1.id(), q1.version(), moved, EDITOR))
                .isInstanceOf(AccessDeniedException.class);
        ReportingPeriod after = periods.update(q1.id(), q1.version(), moved, ADMIN);
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThatThrownBy(() -> periods.update(q1.id(), q1.version(), moved, ADMIN))
                .isInstanceOf(OptimisticLockingFailureException.class);

        List<ReportingPeriod> created = periods.createYear("2031", ADMIN);
        assertThat(created).extracting(ReportingPeriod::kind).containsExactly(PeriodKind.values());
        assertThat(created)
                .allSatisfy(p -> assertThat(p.dueDate()).isEqualTo(p.kind().defaultDueDate(2031)));
        assertThatThrownBy(() -> periods.createYear("2031", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.violations().get(0).messageKey())
                        .isEqualTo("reporting.period.error.yearExists"));
        assertThatThrownBy(() -> periods.createYear("20x1", ADMIN)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PERIOD'", Integer.class))
                .isEqualTo(5);
    }

    private long requiredTarget() {
        return reports.report(DN, 2024, "YEAR", VI).rows().stream()
                .filter(PeriodReport.Row::required)
                .findFirst()
                .orElseThrow()
                .targetId();
    }

    private void writeRequired(Actor actor) {
        writeRequired(actor, "YEAR");
    }

    private void writeRequired(Actor actor, String kind) {
        reports.report(DN, 2024, kind, VI).rows().stream()
                .filter(PeriodReport.Row::missing)
                .forEach(r -> narratives.save(
                        DN,
                        2024,
                        kind,
                        r.targetId(),
                        0,
                        NarrativeText.checked("Đánh giá", "Nguyên nhân", "Giải pháp"),
                        actor,
                        VI));
    }

    private int approved(int year) {
        return jdbc.queryForObject(
                "select count(*) from result_approval where province_code = ? and year = ?", Integer.class, DN, year);
    }
}
