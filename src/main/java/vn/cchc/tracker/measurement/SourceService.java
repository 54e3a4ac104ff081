package vn.cchc.tracker.measurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the stored results come from: every source by publisher, with how many results cite it. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    // publishers by their number of results, then name; results without a named publisher (entered or imported
    // with a source text only) last
    private static final String SOURCES = """
            select m.source_publisher, m.source, m.source_url, count(*) as results,
                   count(*) filter (where m.computed) as computed, min(m.year) as first_year, max(m.year) as last_year,
                   sum(count(*)) over (partition by m.source_publisher) as publisher_results
            from measurement m
            group by m.source_publisher, m.source, m.source_url
            order by m.source_publisher is null, publisher_results desc, m.source_publisher, results desc, m.source""";

    private final JdbcTemplate jdbc;

    SourceService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every publisher with its sources, in one statement. */
    public List<Publisher> publishers() {
        Map<String, List<Source>> byPublisher = new LinkedHashMap<>();
        jdbc.query(SOURCES, rs -> {
            byPublisher
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Source(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            String.valueOf(rs.getInt(6)),
                            String.valueOf(rs.getInt(7))));
        });
        List<Publisher> publishers = new ArrayList<>();
        byPublisher.forEach((name, sources) -> publishers.add(new Publisher(name, List.copyOf(sources))));
        return publishers;
    }

    /**
     * A publisher and the sources it published.
     *
     * @param name {@code null} for results whose source names no publisher (entered, imported, or shipped before publishers were recorded)
     */
    public record Publisher(String name, List<Source> sources) {

        public int results() {
            return sources.stream().mapToInt(Source::results).sum();
        }
    }

    /**
     * One source: the text a user reads, its address when known, how many results cite it (of them computed) and
     * the years they cover (as labels).
     */
    public record Source(String text, String url, int results, int computed, String firstYear, String lastYear) {}
}
