package vn.cchc.tracker.document;

/** A document as a form (or an import) gives it: every field as typed, checked by {@link DocumentRules}. */
public record DocumentInput(
        String number,
        String kind,
        String issuingBody,
        String issueDate,
        String title,
        String periodFrom,
        String periodTo,
        String source) {}
