package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.tracker.attainment.rules.Fixtures.numbers;

import vn.cchc.tracker.attainment.rules.AttainmentEvaluator;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.AttainmentTarget;
import vn.cchc.tracker.attainment.rules.Fixtures;
import vn.cchc.tracker.attainment.rules.Measurements;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.attainment.rules.UnitEnd;

/** Targets with a real attainment (judged by the attainment rules in 2024) for plain unit tests. */
public final class DashboardFixtures {

    public static final int YEAR = 2024;

    private DashboardFixtures() {}

    /** A target of document {@code documentId} in reform area {@code area} with the given status in 2024. */
    public static TargetAttainment target(long id, long documentId, String area, AttainmentStatus status) {
        return target(id, documentId, area, status, "Indicator " + id, 2025);
    }

    public static TargetAttainment target(
            long id, long documentId, String area, AttainmentStatus status, String name, int deadline) {
        AttainmentTarget goal = Fixtures.percentAtLeast(
                "90",
                switch (status) {
                    case MISSED, AWAITING_RESULT -> 2023; // judged after its deadline
                    case OFF_TRACK -> 2025; // the SIPAS trend would be merely at risk by a later deadline
                    default -> deadline;
                });
        Measurements measurements =
                switch (status) {
                    case MET -> numbers(2023, "95");
                    case ON_TRACK -> numbers(2022, "60", 2023, "80"); // 60 → 80 reaches 90 well before 2025
                    case AT_RISK -> numbers(2023, "85"); // one point: no trend to project
                    case OFF_TRACK -> numbers(2022, "80.09", 2023, "81.21"); // Đắk Nông's SIPAS
                    case MISSED -> numbers(2022, "50", 2023, "60");
                    case AWAITING_RESULT -> numbers(2022, "50"); // the 2023 result is not in yet in 2024
                    case CLOSED -> numbers(2022, "50"); // its unit ended in 2024
                    case NO_DATA -> Measurements.empty();
                };
        UnitEnd end = status == AttainmentStatus.CLOSED
                ? new UnitEnd("Đắk Nông", java.time.LocalDate.of(YEAR, 6, 30), "68", "Lâm Đồng")
                : null;
        AttainmentResult result = new AttainmentEvaluator().evaluate(goal, measurements, YEAR, end);
        assertThat(result.status()).as("fixture status").isEqualTo(status);
        TargetRow row = new TargetRow(
                id,
                documentId,
                "DOC-" + documentId,
                "67",
                "Đắk Nông",
                "IND_" + id,
                name,
                name,
                area,
                goal.unitKind(),
                goal.comparison(),
                goal.thresholdValue(),
                null,
                goal.deadlineYear(),
                null,
                null,
                null,
                "sentence " + id,
                null,
                1L);
        return new TargetAttainment(row, result, "≥ 90%", null, null, "explanation " + id);
    }
}
