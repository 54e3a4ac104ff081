package vn.cchc.tracker.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A stored audit row, with its before/after values read back as field → value maps. */
public record AuditRecord(
        long id,
        Instant occurredAt,
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
        String origin) {

    /** One field's value before and after; either side is {@code null} when the field did not exist there. */
    public record FieldChange(String field, Object before, Object after) {
        public boolean changed() {
            return !Objects.equals(text(before), text(after));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** Every field of either side, those that changed first, in the order the values were recorded. */
    public List<FieldChange> changes() {
        Set<String> fields = new LinkedHashSet<>();
        if (oldValue != null) {
            fields.addAll(oldValue.keySet());
        }
        if (newValue != null) {
            fields.addAll(newValue.keySet());
        }
        List<FieldChange> changed = new ArrayList<>();
        List<FieldChange> same = new ArrayList<>();
        for (String field : fields) {
            FieldChange c = new FieldChange(
                    field,
                    oldValue == null ? null : oldValue.get(field),
                    newValue == null ? null : newValue.get(field));
            (c.changed() ? changed : same).add(c);
        }
        changed.addAll(same);
        return changed;
    }
}
