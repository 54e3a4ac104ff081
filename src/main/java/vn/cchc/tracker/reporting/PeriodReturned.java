package vn.cchc.tracker.reporting;

/** Published after a reviewer returned a province's period report; the province's editors are told. */
public record PeriodReturned(
        long submissionId, long periodId, String provinceCode, String comment, String returnedBy) {}
