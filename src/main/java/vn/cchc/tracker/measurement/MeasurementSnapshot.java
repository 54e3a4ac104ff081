package vn.cchc.tracker.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.Numbers;

/** A stored yearly value as pages, conflicts and the audit trail show it. */
public record MeasurementSnapshot(
        long id,
        String provinceCode,
        String indicatorCode,
        UnitKind unitKind,
        int year,
        BigDecimal number,
        String level,
        String source,
        String note,
        String updatedBy,
        Instant updatedAt,
        long version,
        Provenance provenance) {

    public MeasurementSnapshot {
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** A stored value whose source's address, publisher and computed mark are not known here. */
    public MeasurementSnapshot(
            long id,
            String provinceCode,
            String indicatorCode,
            UnitKind unitKind,
            int year,
            BigDecimal number,
            String level,
            String source,
            String note,
            String updatedBy,
            Instant updatedAt,
            long version) {
        this(
                id,
                provinceCode,
                indicatorCode,
                unitKind,
                year,
                number,
                level,
                source,
                note,
                updatedBy,
                updatedAt,
                version,
                Provenance.NONE);
    }

    public static MeasurementSnapshot of(Measurement m) {
        return new MeasurementSnapshot(
                m.getId(),
                m.getProvince().getCode(),
                m.getIndicator().getCode(),
                m.getIndicatorKind(),
                m.getYear(),
                m.getValueNumber(),
                m.getValueLevel(),
                m.getSource(),
                m.getNote(),
                m.getUpdatedBy(),
                m.getUpdatedAt(),
                m.getVersion());
    }

    public MeasurementKey key() {
        return new MeasurementKey(provinceCode, indicatorCode, year);
    }

    /** The value in plain digits (81.21) or the level; what the audit trail records. */
    public String valueText() {
        return level != null ? level : Numbers.plain(number).toPlainString();
    }

    Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", valueText());
        m.put("source", source);
        m.put("note", note);
        if (provenance.sourceUrl() != null) {
            m.put("source_url", provenance.sourceUrl());
        }
        if (provenance.sourcePublisher() != null) {
            m.put("source_publisher", provenance.sourcePublisher());
        }
        if (Boolean.TRUE.equals(provenance.computed())) {
            m.put("computed", true);
        }
        return m;
    }
}
