package vn.cchc.tracker.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One audit row to write: who changed what, the values before and after (field → value; {@code null} for a create's
 * "before" and a delete's "after"), why (required for reopenings) and how the change came in.
 */
public record AuditEntry(
        String actor,
        AuditEntityType entityType,
        Long entityId,
        String provinceCode,
        String indicatorCode,
        Integer year,
        AuditAction action,
        Map<String, Object> oldValue,
        Map<String, Object> newValue,
        String reason,
        Origin origin) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(origin, "origin");
    }

    public static AuditEntry of(
            String actor,
            AuditEntityType type,
            Long entityId,
            String provinceCode,
            AuditAction action,
            Map<String, Object> oldValue,
            Map<String, Object> newValue,
            Origin origin) {
        return new AuditEntry(
                actor, type, entityId, provinceCode, null, null, action, oldValue, newValue, null, origin);
    }

    public AuditEntry withSeries(String indicatorCode, Integer year) {
        return new AuditEntry(
                actor,
                entityType,
                entityId,
                provinceCode,
                indicatorCode,
                year,
                action,
                oldValue,
                newValue,
                reason,
                origin);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(
                actor,
                entityType,
                entityId,
                provinceCode,
                indicatorCode,
                year,
                action,
                oldValue,
                newValue,
                reason,
                origin);
    }
}
