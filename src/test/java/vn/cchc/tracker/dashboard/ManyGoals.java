package vn.cchc.tracker.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More goals than one scorecard page holds, for tests of the paged scorecard: a plan of the old Lâm Đồng (code 68, no
 * documents in the shipped data) setting five goals for each distinct percentage goal of Đắk Nông's 20-NQ/TU, each a
 * few points lower than the original. Tests that commit it remove it afterwards: other tests rely on the shipped data.
 */
public final class ManyGoals {

    /** The province whose scorecard gets the goals. */
    public static final String CODE = "68";

    public static final String DOCUMENT = "TEST-MANY-GOALS";

    private ManyGoals() {}

    /** Adds the plan and its goals; returns the goals' target ids in the order of insertion. */
    public static List<Long> add(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into document (province_id, number, kind, issuing_body, issue_date, title, source)
                select id, ?, 'PLAN', 'test', date '2023-01-01', 'Kế hoạch thử nhiều chỉ tiêu', 'test' from province
                where code = ? and valid_to = date '2025-06-30'""", DOCUMENT, CODE);
        jdbc.update("""
                insert into target (document_id, indicator_code, indicator_kind, comparison, threshold_value,
                                    deadline_year, sentence, position)
                select d.id, g.indicator_code, g.indicator_kind, g.comparison, g.threshold_value - n, g.deadline_year,
                       'test', row_number() over (order by g.indicator_code, g.deadline_year, g.threshold_value, n)
                from document d,
                     (select distinct t.indicator_code, t.indicator_kind, t.comparison, t.threshold_value, t.deadline_year
                      from target t join document o on o.id = t.document_id
                      where o.number = '20-NQ/TU' and t.indicator_kind = 'PERCENT' and t.comparison = 'AT_LEAST') g,
                     generate_series(1, 5) n
                where d.number = ?""", DOCUMENT);
        return ids(jdbc);
    }

    public static List<Long> ids(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select t.id from target t join document d on d.id = t.document_id where d.number = ? order by t.id",
                Long.class,
                DOCUMENT);
    }

    /** Removes the plan and its goals (the targets go with their document). */
    public static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from document where number = ?", DOCUMENT);
    }
}
