package vn.cchc.tracker.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.account.Role;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.support.StaleDataException;
import vn.cchc.tracker.testing.ApplicationTest;

/** Asking and answering explanation requests: who may, what is stored, audited and published, who sees what. */
@ApplicationTest
@Transactional
@RecordApplicationEvents
class ExplanationServiceTest {

    static final Actor REVIEWER = Actor.of("test.reviewer", Role.VIEWER, Set.of(), false, true);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN, Set.of(), false);
    static final Actor EDITOR = Actor.of("editor.daknong", Role.EDITOR, Set.of("67"), false);
    static final Actor OTHER_EDITOR = Actor.of("test.editor.binhdinh", Role.EDITOR, Set.of("52"), false);
    static final Actor VIEWER = Actor.of("test.viewer", Role.VIEWER, Set.of(), false);

    @Autowired
    ExplanationService explanations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    long dakNongTarget;

    @BeforeEach
    void target() {
        dakNongTarget = targetId(jdbc, DAK_NONG_RESOLUTION, 1);
    }

    @Test
    void aReviewerAsksTheProvinceIsToldTheRequestIsAuditedAndOpenOnTheEditorsStartPage() {
        long id = explanations.ask(REVIEWER, dakNongTarget, "2024", "  Vì sao chỉ số giảm so với năm 2023?  ");

        assertThat(events.stream(ExplanationRequested.class))
                .containsExactly(new ExplanationRequested(id, dakNongTarget, "67", 2024, "test.reviewer"));
        assertThat(audit(id, "CREATE")).contains("\"question\":\"Vì sao chỉ số giảm so với năm 2023?\"");
        assertThat(explanations.openForEditor(EDITOR)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.provinceCode()).isEqualTo("67");
            assertThat(r.year()).isEqualTo(2024);
            assertThat(r.state()).isEqualTo(ExplanationState.OPEN);
            assertThat(r.age().messageKey()).isEqualTo("explanation.age.open.today");
        });
        assertThat(explanations.openForEditor(OTHER_EDITOR)).isEmpty();
        assertThat(explanations.openForEditor(REVIEWER)).isEmpty();
    }

    @Test
    void onlyReviewersAndAdminsAsk() {
        for (Actor actor : new Actor[] {EDITOR, OTHER_EDITOR, VIEWER, Actor.anonymous()}) {
            assertThatThrownBy(() -> explanations.ask(actor, dakNongTarget, "2024", "?"))
                    .as(actor.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(explanations.ask(ADMIN, dakNongTarget, "2024", "Giải trình?"))
                .isPositive();
        assertThatThrownBy(() -> explanations.ask(REVIEWER, 999_999_999L, "2024", "?"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> explanations.ask(REVIEWER, dakNongTarget, "năm nay", ""))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theProvinceEditorRepliesOnceTheReplyIsAuditedAndTheReviewerIsTold() {
        long id = explanations.ask(REVIEWER, dakNongTarget, "2024", "Vì sao?");

        explanations.reply(EDITOR, id, 0, "Do khảo sát SIPAS năm 2024 lùi sang quý IV.");

        ExplanationRequest answered = explanations.request(REVIEWER, id);
        assertThat(answered.state()).isEqualTo(ExplanationState.ANSWERED);
        assertThat(answered.reply()).isEqualTo("Do khảo sát SIPAS năm 2024 lùi sang quý IV.");
        assertThat(answered.repliedBy()).isEqualTo("editor.daknong");
        assertThat(answered.age().messageKey()).isEqualTo("explanation.age.answered.sameDay");
        assertThat(audit(id, "REPLY")).contains("lùi sang quý IV");
        assertThat(events.stream(ExplanationAnswered.class))
                .containsExactly(new ExplanationAnswered(id, dakNongTarget, "67", "test.reviewer", "editor.daknong"));
        assertThat(explanations.openForEditor(EDITOR)).isEmpty();

        assertThatThrownBy(() -> explanations.reply(EDITOR, id, 1, "Bổ sung"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly("explanation.error.alreadyAnswered"));
    }

    @Test
    void aReplyFromAFormOlderThanTheRequestIsRefusedAsStale() {
        long id = explanations.ask(REVIEWER, dakNongTarget, "2024", "Vì sao?");
        explanations.reply(ADMIN, id, 0, "Trả lời của quản trị viên.");

        assertThatThrownBy(() -> explanations.reply(EDITOR, id, 0, "Trả lời muộn"))
                .isInstanceOfSatisfying(StaleDataException.class, e -> assertThat(e.currentVersion())
                        .isEqualTo(1));
    }

    @Test
    void neitherAnotherProvinceNorAReviewerReplies() {
        long id = explanations.ask(REVIEWER, dakNongTarget, "2024", "Vì sao?");

        for (Actor actor : new Actor[] {OTHER_EDITOR, REVIEWER, VIEWER}) {
            assertThatThrownBy(() -> explanations.reply(actor, id, 0, "Trả lời"))
                    .as(actor.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(explanations.request(REVIEWER, id).open()).isTrue();
    }

    @Test
    void reviewersSeeEveryProvinceEditorsTheirOwnAndTheListFiltersByProvinceAndState() {
        long dakNong = explanations.ask(REVIEWER, dakNongTarget, "2024", "Đắk Nông?");
        long binhDinh = explanations.ask(REVIEWER, targetId(jdbc, BINH_DINH_PROGRAMME, 1), "2024", "Bình Định?");
        explanations.reply(OTHER_EDITOR, binhDinh, 0, "Đã rõ.");

        assertThat(ids(explanations.list(REVIEWER, ExplanationFilter.of(null, null))))
                .contains(dakNong, binhDinh);
        assertThat(ids(explanations.list(EDITOR, ExplanationFilter.of(null, null))))
                .contains(dakNong)
                .doesNotContain(binhDinh);
        assertThat(ids(explanations.list(ADMIN, ExplanationFilter.of("52", null))))
                .contains(binhDinh)
                .doesNotContain(dakNong);
        assertThat(ids(explanations.list(ADMIN, ExplanationFilter.of(null, "ANSWERED"))))
                .contains(binhDinh)
                .doesNotContain(dakNong);
        assertThat(ids(explanations.list(ADMIN, ExplanationFilter.of(null, "OPEN"))))
                .contains(dakNong)
                .doesNotContain(binhDinh);
        assertThatThrownBy(() -> explanations.list(VIEWER, ExplanationFilter.of(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> explanations.request(OTHER_EDITOR, dakNong)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTargetPageShowsItsRequestsToReviewersAndTheProvinceOnly() {
        long id = explanations.ask(REVIEWER, dakNongTarget, "2024", "Vì sao?");

        assertThat(ids(explanations.forTarget(REVIEWER, dakNongTarget))).containsExactly(id);
        assertThat(ids(explanations.forTarget(EDITOR, dakNongTarget))).containsExactly(id);
        assertThat(explanations.forTarget(OTHER_EDITOR, dakNongTarget)).isEmpty();
        assertThat(explanations.forTarget(VIEWER, dakNongTarget)).isEmpty();
        assertThat(explanations.forTarget(Actor.anonymous(), dakNongTarget)).isEmpty();
    }

    @Test
    void askingMovesTheDataVersionSoCachedPagesShowTheRequest() {
        // the data version moves at commit (V42); here the transaction notes that it changed shown data (V67)
        explanations.ask(REVIEWER, dakNongTarget, "2024", "Vì sao?");

        assertThat(jdbc.queryForObject(
                        "select count(*) from data_change where txid = pg_current_xact_id()", Integer.class))
                .isEqualTo(1);
    }

    private String audit(long id, String action) {
        return jdbc.queryForObject(
                "select coalesce(new_value::text, '') from audit_event where entity_type = 'EXPLANATION' and entity_id = ?"
                        + " and action = ?",
                String.class,
                id,
                action);
    }

    private static java.util.List<Long> ids(java.util.List<ExplanationRequest> requests) {
        return requests.stream().map(ExplanationRequest::id).toList();
    }
}
