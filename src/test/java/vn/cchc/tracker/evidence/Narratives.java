package vn.cchc.tracker.evidence;

import static vn.cchc.tracker.testing.ShippedData.BINH_DINH_PROGRAMME;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.targetId;

import org.springframework.jdbc.core.JdbcTemplate;

/** Narratives the attachment tests hang files on, written with SQL (the narrative pages are another feature's). */
public final class Narratives {

    private Narratives() {}

    /** The six-month narrative of 2024 on the first target of Đắk Nông's resolution 20-NQ/TU. */
    public static long dakNong(JdbcTemplate jdbc) {
        return of(jdbc, targetId(jdbc, DAK_NONG_RESOLUTION, 1));
    }

    /** The same for Bình Định's programme 09-CTr/TU. */
    public static long binhDinh(JdbcTemplate jdbc) {
        return of(jdbc, targetId(jdbc, BINH_DINH_PROGRAMME, 1));
    }

    public static long of(JdbcTemplate jdbc, long targetId) {
        Long existing = jdbc.query("""
                        select n.id from target_narrative n join reporting_period p on p.id = n.period_id
                        where n.target_id = ? and p.year = 2024 and p.kind = 'H1'""", (rs, i) -> rs.getLong(1), targetId).stream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        return jdbc.queryForObject("""
                insert into target_narrative (period_id, target_id, assessment, causes, next_actions, updated_by)
                select id, ?, 'Chỉ số đạt thấp hơn kỳ vọng.', 'Khảo sát muộn.', 'Đẩy nhanh khảo sát.', 'editor.daknong'
                from reporting_period where year = 2024 and kind = 'H1'
                returning id""", Long.class, targetId);
    }
}
