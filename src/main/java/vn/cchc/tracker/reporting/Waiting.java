package vn.cchc.tracker.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted report waiting for a reviewer. */
public record Waiting(
        long submissionId,
        int year,
        PeriodKind kind,
        LocalDate dueDate,
        String provinceCode,
        String provinceName,
        String submittedBy,
        Instant submittedAt) {}
