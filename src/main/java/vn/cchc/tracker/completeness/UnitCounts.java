package vn.cchc.tracker.completeness;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.attainment.rules.TargetRow;
import vn.cchc.tracker.reporting.NarrativeRule;

/**
 * The counts of one unit's row on the board.
 *
 * @param expected           the indicators the unit's goals use, each once
 * @param entered            of those, the ones with a value for the period (the yearly result for the year, a
 *                           provisional value for Q1, six and nine months)
 * @param narrativesRequired goals whose status needs a narrative ({@link NarrativeRule})
 * @param narrativesWritten  of those, the goals with a narrative for the period on one of their targets
 */
public record UnitCounts(int expected, int entered, int narrativesRequired, int narrativesWritten) {

    public static final UnitCounts NONE = new UnitCounts(0, 0, 0, 0);

    /**
     * @param goals               the unit's goals in the period's year, each once, as the attainment service judged
     *                            them
     * @param indicatorsWithValue the indicators the unit has a value of for the period
     * @param narratedTargets     the targets with a narrative for the period
     */
    public static UnitCounts of(
            Collection<TargetAttainment> goals, Set<String> indicatorsWithValue, Set<Long> narratedTargets) {
        Set<String> expected = new LinkedHashSet<>();
        int required = 0;
        int written = 0;
        for (TargetAttainment goal : goals) {
            expected.add(goal.target().indicatorCode());
            if (NarrativeRule.requiresNarrative(goal.status())) {
                required++;
                if (goal.goalTargets().stream().map(TargetRow::targetId).anyMatch(narratedTargets::contains)) {
                    written++;
                }
            }
        }
        int entered =
                (int) expected.stream().filter(indicatorsWithValue::contains).count();
        return new UnitCounts(expected.size(), entered, required, written);
    }

    public UnitCounts plus(UnitCounts other) {
        return new UnitCounts(
                expected + other.expected,
                entered + other.entered,
                narrativesRequired + other.narrativesRequired,
                narrativesWritten + other.narrativesWritten);
    }

    /** Entered of expected in percent, rounded down; 100 when nothing is expected. */
    public int enteredPercent() {
        return expected == 0 ? 100 : entered * 100 / expected;
    }
}
