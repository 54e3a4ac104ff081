package vn.cchc.tracker.document;

import static vn.cchc.tracker.support.FormFields.blank;
import static vn.cchc.tracker.support.FormFields.required;
import static vn.cchc.tracker.support.FormFields.year;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.tracker.support.EvaluationYears;
import vn.cchc.tracker.support.Violation;

/** What a document needs to be stored: the database's rules, said in words next to each field. Plain Java. */
public final class DocumentRules {

    private DocumentRules() {}

    public record Outcome(DocumentParameters parameters, List<Violation> violations) {}

    public static Outcome check(DocumentInput in) {
        List<Violation> v = new ArrayList<>();
        String number = required(v, "number", in.number(), 60);
        DocumentKind kind = null;
        if (blank(in.kind())) {
            v.add(Violation.of("kind", "form.error.required"));
        } else {
            try {
                kind = DocumentKind.valueOf(in.kind().strip());
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("kind", "form.error.choice"));
            }
        }
        String issuingBody = required(v, "issuingBody", in.issuingBody(), 200);
        LocalDate issueDate = null;
        if (blank(in.issueDate())) {
            v.add(Violation.of("issueDate", "form.error.required"));
        } else {
            try {
                issueDate = LocalDate.parse(in.issueDate().strip());
                if (issueDate.getYear() < EvaluationYears.FIRST || issueDate.getYear() > EvaluationYears.LAST) {
                    v.add(Violation.of(
                            "issueDate", "form.error.date.range", EvaluationYears.FIRST, EvaluationYears.LAST));
                    issueDate = null;
                }
            } catch (DateTimeParseException e) {
                v.add(Violation.of("issueDate", "form.error.date"));
            }
        }
        String title = required(v, "title", in.title(), 1000);
        Integer from = year(v, "periodFrom", in.periodFrom(), false);
        Integer to = year(v, "periodTo", in.periodTo(), false);
        if (from != null && to != null && from > to) {
            v.add(Violation.of("periodTo", "document.error.period"));
        }
        String source = required(v, "source", in.source(), 1000);
        if (!v.isEmpty()) {
            return new Outcome(null, v);
        }
        return new Outcome(new DocumentParameters(number, kind, issuingBody, issueDate, title, from, to, source), v);
    }
}
