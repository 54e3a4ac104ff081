package vn.cchc.tracker.backup;

import java.util.List;
import vn.cchc.tracker.support.Violation;
import vn.cchc.tracker.tablefile.ProblemKind;

/**
 * A backup's document or target breaking a rule its form checks ({@code DocumentRules}, {@code TargetRules}): the
 * problem reads as the form's own message for the field, with the rule's arguments (numbers stay numbers, so the
 * sentence formats a year as 2024, never 2.024).
 */
public record FormRule(Violation violation) implements ProblemKind {

    @Override
    public String messageKey() {
        return violation.messageKey();
    }

    @Override
    public Object[] messageArgs(List<String> args) {
        return violation.args();
    }
}
