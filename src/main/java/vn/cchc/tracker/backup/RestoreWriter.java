package vn.cchc.tracker.backup;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.backup.CatalogueRows.NewUnit;
import vn.cchc.tracker.backup.DocumentRows.NewDocument;
import vn.cchc.tracker.backup.DocumentRows.NewTarget;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentParameters;
import vn.cchc.tracker.importing.CheckedRow;
import vn.cchc.tracker.indicator.GroupLevel;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorSpec;
import vn.cchc.tracker.measurement.MeasurementWriteService;
import vn.cchc.tracker.measurement.ProvisionalWriteService;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.province.ProvinceUnit;
import vn.cchc.tracker.province.ProvinceUnits;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetParameters;

/**
 * Writes a checked backup, in the caller's transaction: new units and indicators with JDBC, documents and targets as
 * entities, the results through {@link MeasurementWriteService} (set-based, each with its audit row), the provisional
 * values through {@link ProvisionalWriteService}.
 */
@Component
class RestoreWriter {

    private static final String INSERT_UNIT = """
            insert into province (code, valid_from, name_vi, kind, valid_to, change_note) values (?, ?, ?, ?, ?, ?)""";
    private static final String LINK_SUCCESSOR = """
            update province set successor_id =
                (select id from province where code = ? and valid_from is not distinct from ?)
            where code = ? and valid_from is not distinct from ?""";
    private static final String INSERT_INDICATOR = """
            insert into indicator (code, name_vi, name_en, reform_area_code, unit_kind, direction, min_value, max_value)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LEVEL = """
            insert into indicator_level (indicator_code, position, name_vi, name_en) values (?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ProvinceService provinces;
    private final MeasurementWriteService measurements;
    private final ProvisionalWriteService provisional;

    RestoreWriter(
            JdbcTemplate jdbc,
            EntityManager entityManager,
            ProvinceService provinces,
            MeasurementWriteService measurements,
            ProvisionalWriteService provisional) {
        this.provisional = provisional;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.provinces = provinces;
        this.measurements = measurements;
    }

    void units(List<NewUnit> units) {
        for (NewUnit n : units) {
            ProvinceUnit u = n.unit();
            jdbc.update(
                    INSERT_UNIT,
                    u.code(),
                    date(u.validFrom()),
                    u.nameVi(),
                    u.kind().name(),
                    date(u.validTo()),
                    n.changeNote());
        }
        for (NewUnit n : units) {
            if (n.successorCode() != null) {
                jdbc.update(
                        LINK_SUCCESSOR,
                        n.successorCode(),
                        date(n.successorFrom()),
                        n.unit().code(),
                        date(n.unit().validFrom()));
            }
        }
    }

    void indicators(List<IndicatorSpec> indicators) {
        for (IndicatorSpec i : indicators) {
            jdbc.update(
                    INSERT_INDICATOR,
                    i.code(),
                    i.nameVi(),
                    i.nameEn(),
                    i.reformAreaCode(),
                    i.unitKind().name(),
                    i.direction().name(),
                    i.minValue(),
                    i.maxValue());
            for (int position = 0; position < i.levels().size(); position++) {
                GroupLevel level = i.levels().get(position);
                jdbc.update(INSERT_LEVEL, i.code(), position + 1, level.nameVi(), level.nameEn());
            }
        }
    }

    /** Documents, then their targets; units the backup brought get their ids from the database first. */
    void documentsAndTargets(Iterable<NewDocument> documents, List<NewTarget> targets, boolean newUnits) {
        ProvinceUnits stored = newUnits ? provinces.units() : null;
        Map<NewDocument, Document> written = new IdentityHashMap<>();
        for (NewDocument d : documents) {
            ProvinceUnit unit = stored == null
                    ? d.unit()
                    : stored.find(d.unit().code(), d.unit().validFrom()).orElseThrow();
            DocumentParameters p = d.parameters();
            Document document = new Document(
                    entityManager.getReference(Province.class, unit.id()),
                    p.number(),
                    p.kind(),
                    p.issuingBody(),
                    p.issueDate(),
                    p.title(),
                    p.periodFrom(),
                    p.periodTo(),
                    p.source());
            entityManager.persist(document);
            written.put(d, document);
        }
        for (NewTarget t : targets) {
            TargetParameters p = t.parameters();
            Indicator indicator = entityManager.getReference(Indicator.class, p.indicatorCode());
            Target target = new Target(
                    written.get(t.document()),
                    indicator,
                    p.comparison(),
                    p.thresholdValue(),
                    p.thresholdLevel(),
                    p.deadlineYear(),
                    p.sentence());
            target.setBaseline(p.baselineYear(), p.baselineValue());
            target.setScopeNote(p.scopeNote());
            target.setSource(p.source());
            target.setPosition(p.position());
            entityManager.persist(target);
        }
        entityManager.flush();
    }

    void measurements(List<CheckedRow> rows, Actor actor, Origin origin) {
        measurements.apply(rows.stream().map(r -> r.valid().change()).toList(), actor, origin, null);
    }

    /** Through the one writer of provisional values, which checks them as it checks the entry page's. */
    void provisional(List<ProvisionalRows.Group> groups, Actor actor, Origin origin) {
        for (ProvisionalRows.Group g : groups) {
            provisional.apply(g.provinceCode(), g.year(), g.period(), g.changes(), actor, origin);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
