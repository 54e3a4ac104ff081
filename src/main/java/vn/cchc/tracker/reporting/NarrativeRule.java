package vn.cchc.tracker.reporting;

import java.util.EnumSet;
import java.util.Set;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;

/**
 * Which targets need a written narrative (assessment, causes, next actions) before a period can be submitted: those
 * judged off track, at risk, missed or closed in the period's year. One rule for the submit check, the narrative
 * pages, the completeness board and the periodic report.
 */
public final class NarrativeRule {

    private static final Set<AttainmentStatus> REQUIRED = EnumSet.of(
            AttainmentStatus.OFF_TRACK, AttainmentStatus.AT_RISK, AttainmentStatus.MISSED, AttainmentStatus.CLOSED);

    private NarrativeRule() {}

    public static boolean requiresNarrative(AttainmentStatus status) {
        return status != null && REQUIRED.contains(status);
    }

    public static Set<AttainmentStatus> requiringStatuses() {
        return EnumSet.copyOf(REQUIRED);
    }
}
