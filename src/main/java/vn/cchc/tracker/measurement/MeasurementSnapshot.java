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

    /**
     * {@link #auditValues()} as the audit trail keeps it (the JSON text the application's mapper writes: these keys
     * in this order, no spaces), built by PostgreSQL from a stored row of {@code measurement} named {@code row}: for
     * a writer that writes a value and its audit row in one statement. Pinned to the Java form by
     * MeasurementAuditRowsTest.
     */
    static String auditValuesSql(String row) {
        return """
                '{"value":' || to_json(coalesce(%1$s.value_level, trim_scale(%1$s.value_number)::text))::text
                || ',"source":' || to_json(%1$s.source)::text
                || ',"note":' || coalesce(to_json(%1$s.note)::text, 'null')
                || case when %1$s.source_url is not null
                        then ',"source_url":' || to_json(%1$s.source_url)::text else '' end
                || case when %1$s.source_publisher is not null
                        then ',"source_publisher":' || to_json(%1$s.source_publisher)::text else '' end
                || case when %1$s.computed then ',"computed":true' else '' end
                || '}'""".formatted(row);
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
