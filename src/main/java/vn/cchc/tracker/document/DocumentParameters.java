package vn.cchc.tracker.document;

import java.time.LocalDate;

/** A checked document: what {@link DocumentRules} makes of a valid {@link DocumentInput}. */
public record DocumentParameters(
        String number,
        DocumentKind kind,
        String issuingBody,
        LocalDate issueDate,
        String title,
        Integer periodFrom,
        Integer periodTo,
        String source) {}
