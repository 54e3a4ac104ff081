package vn.cchc.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.RepositoryTest;

/** The periods the migration creates follow the same calendar as {@link PeriodKind}. */
@RepositoryTest
class ShippedPeriodsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyShippedPeriodHasTheDefaultWindowAndDueDate() {
        List<String> mismatches = jdbc
                .query(
                        "select year, kind, window_from, window_to, due_date from reporting_period order by year, kind",
                        (rs, i) -> {
                            int year = rs.getInt("year");
                            PeriodKind kind = PeriodKind.valueOf(rs.getString("kind"));
                            boolean same = kind.defaultWindowFrom(year)
                                            .equals(rs.getObject("window_from", LocalDate.class))
                                    && kind.defaultWindowTo(year).equals(rs.getObject("window_to", LocalDate.class))
                                    && kind.defaultDueDate(year).equals(rs.getObject("due_date", LocalDate.class));
                            return same ? null : year + " " + kind;
                        })
                .stream()
                .filter(m -> m != null)
                .toList();

        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reporting_period", Integer.class))
                .isEqualTo(28);
    }
}
