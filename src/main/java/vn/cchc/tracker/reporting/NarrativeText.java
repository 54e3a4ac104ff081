package vn.cchc.tracker.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * A narrative as typed: assessment, causes, next actions, each at most {@value #MAX} characters, blank parts kept
 * as none; at least one part must say something.
 */
public record NarrativeText(String assessment, String causes, String nextActions) {

    public static final int MAX = 4000;

    /** The text with blank parts as {@code null}, or the violations of its fields. */
    public static NarrativeText checked(String assessment, String causes, String nextActions) {
        List<Violation> violations = new ArrayList<>();
        NarrativeText t = new NarrativeText(
                part("assessment", assessment, violations),
                part("causes", causes, violations),
                part("nextActions", nextActions, violations));
        if (violations.isEmpty() && t.assessment == null && t.causes == null && t.nextActions == null) {
            violations.add(Violation.of("assessment", "reporting.narrative.error.empty"));
        }
        InvalidInputException.throwIfAny(violations);
        return t;
    }

    private static String part(String field, String text, List<Violation> violations) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX) {
            violations.add(Violation.of(field, "reporting.narrative.error.long", MAX));
            return null;
        }
        return t.isEmpty() ? null : t;
    }
}
