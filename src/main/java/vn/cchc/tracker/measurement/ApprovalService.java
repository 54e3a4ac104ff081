package vn.cchc.tracker.measurement;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.audit.AuditAction;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditEntry;
import vn.cchc.tracker.audit.AuditLog;
import vn.cchc.tracker.audit.Origin;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/**
 * Approving a province-year makes its values read-only (the database refuses writes too); only an admin reopens
 * it, with a reason. Both are audited.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

    private final JdbcTemplate jdbc;
    private final ProvinceService provinces;
    private final AuditLog audit;
    private final Clock clock;

    public ApprovalService(JdbcTemplate jdbc, ProvinceService provinces, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Approval> approval(String provinceCode, int year) {
        List<Approval> found = jdbc.query(
                "select province_code, year, approved_by, approved_at from result_approval where province_code = ? and year = ?",
                (rs, n) -> new Approval(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()),
                provinceCode,
                year);
        return found.stream().findFirst();
    }

    /** Approves the year; approving an approved year changes nothing. */
    @Transactional
    public void approve(String provinceCode, int year, Actor actor) {
        provinces.profile(provinceCode);
        actor.requireApprove(provinceCode);
        lock(provinceCode, year, actor);
    }

    /**
     * Approves the year because a reviewer accepted the province's report of the year (reporting cycle): the same
     * lock and audit row as {@link #approve}, on the reviewer's right instead of the approver's.
     */
    @Transactional
    public void approveAccepted(String provinceCode, int year, Actor actor) {
        provinces.profile(provinceCode);
        actor.requireReview();
        lock(provinceCode, year, actor);
    }

    private void lock(String provinceCode, int year, Actor actor) {
        int inserted = jdbc.update("""
                insert into result_approval (province_code, year, approved_by, approved_at) values (?, ?, ?, ?)
                on conflict do nothing""", provinceCode, year, actor.username(), Timestamp.from(clock.instant()));
        if (inserted == 1) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("status", "approved");
            audit.record(new AuditEntry(
                    actor.username(),
                    AuditEntityType.APPROVAL,
                    null,
                    provinceCode,
                    null,
                    year,
                    AuditAction.APPROVE,
                    null,
                    state,
                    null,
                    Origin.WEB));
        }
    }

    /** Reopens an approved year for changes; the reason is required and kept in the audit trail. */
    @Transactional
    public void reopen(String provinceCode, int year, String reason, Actor actor) {
        provinces.profile(provinceCode);
        actor.requireAdmin();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("reason", "results.error.reason.required")));
        }
        if (why.length() > 1000) {
            throw new InvalidInputException(List.of(Violation.of("reason", "results.error.reason.long", 1000)));
        }
        Optional<Approval> approval = approval(provinceCode, year);
        if (approval.isEmpty()) {
            return;
        }
        jdbc.update("delete from result_approval where province_code = ? and year = ?", provinceCode, year);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", "approved");
        before.put("approvedBy", approval.get().approvedBy());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "open");
        audit.record(new AuditEntry(
                actor.username(),
                AuditEntityType.APPROVAL,
                null,
                provinceCode,
                null,
                year,
                AuditAction.REOPEN,
                before,
                after,
                why,
                Origin.WEB));
    }
}
