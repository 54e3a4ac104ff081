package vn.cchc.tracker.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.tracker.testing.RepositoryTest;

/**
 * The published PCI, PAPI, PAR Index and SIPAS results shipped by db/shipped/V61 (generated from
 * data/published/published-indices.csv): one value per unit, indicator and year, each with its source.
 */
@RepositoryTest
class PublishedResultsTest {

    /** The project's copy of the collected figures (see data/published/README.md). */
    private static final Path FILE = Path.of("data", "published", "published-indices.csv");

    private static final Map<String, String> INDICATOR = Map.of(
            "PCI/score", "PCI_SCORE",
            "PCI/rank", "PCI_RANK",
            "PCI/group", "PCI_GROUP",
            "PAPI/score", "PAPI_SCORE",
            "PAPI/rank", "PAPI_RANK",
            "PAPI/group", "PAPI_GROUP",
            "PAR_INDEX/score", "PAR_INDEX_SCORE",
            "PAR_INDEX/rank", "PAR_INDEX_RANK",
            "SIPAS/score", "SIPAS",
            "SIPAS/rank", "SIPAS_RANK");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyIndicatorAndYearHoldsAsManyValuesAsTheFileHasDistinctProvinces() throws IOException {
        // de-duplication keeps one value per (province, index, measure, year): count the distinct keys
        Map<String, Set<String>> provincesByIndicatorYear = new TreeMap<>();
        for (CSVRecord row : rows()) {
            String indicator = INDICATOR.get(row.get("index") + "/" + row.get("measure"));
            provincesByIndicatorYear
                    .computeIfAbsent(indicator + " " + row.get("year"), k -> new HashSet<>())
                    .add(row.get("province_code"));
        }
        Map<String, Integer> expected = new TreeMap<>();
        provincesByIndicatorYear.forEach((k, v) -> expected.put(k, v.size()));

        Map<String, Integer> stored = new TreeMap<>();
        jdbc.query("""
                select indicator_code || ' ' || year, count(*) from measurement
                where source_url is not null group by indicator_code, year""", rs -> {
            stored.put(rs.getString(1), rs.getInt(2));
        });

        assertThat(stored).isEqualTo(expected);
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1362);
        // e.g. all 63 provinces' PCI scores and ranks 2017–2020, the 61 PAPI totals of 2024
        assertThat(stored).containsEntry("PCI_SCORE 2017", 63).containsEntry("PCI_RANK 2020", 63);
        assertThat(stored).containsEntry("PAPI_SCORE 2024", 61).containsEntry("PAPI_SCORE 2021", 60);
    }

    @Test
    void theSpotChecksOfTheIssueHold() {
        assertThat(value("67", "PAPI_SCORE", 2023)).isEqualTo("38.97");
        assertThat(value("67", "PAPI_GROUP", 2023)).isEqualTo("thấp nhất");
        assertThat(value("45", "SIPAS", 2022)).isEqualTo("76.43");
        assertThat(value("45", "SIPAS", 2023)).isEqualTo("79.46");
        assertThat(value("46", "PCI_SCORE", 2022)).isEqualTo("69.36");
        assertThat(value("46", "PCI_RANK", 2022)).isEqualTo("6");
        assertThat(value("52", "PCI_SCORE", 2021)).isEqualTo("68.32");
        assertThat(value("52", "PCI_RANK", 2021)).isEqualTo("11");
        assertThat(value("52", "PCI_GROUP", 2021)).isEqualTo("tốt");
    }

    @Test
    void theKnownConflictsAreSettledAsTheDataReadmeSays() {
        assertThat(value("31", "PAR_INDEX_SCORE", 2023)).isEqualTo("91.87"); // government portal, not 91.81
        assertThat(value("45", "PCI_SCORE", 2023)).isEqualTo("63.23"); // not 63.26
    }

    @Test
    void eachValueBelongsToTheUnitThatCarriedItsCodeInItsYear() {
        // 46 was Thừa Thiên Huế until 2024; every published year is before the 2025 changes
        assertThat(jdbc.queryForList("""
                        select distinct p.name_vi from measurement m join province p on p.id = m.province_id
                        where p.code = '46' and m.source_url is not null""", String.class)).containsExactly("Thừa Thiên Huế");
        assertThat(jdbc.queryForObject("""
                        select count(*) from measurement m join province p on p.id = m.province_id
                        where m.source_url is not null
                          and not (coalesce(extract(year from p.valid_from), 0) <= m.year
                                   and (p.valid_to is null or extract(year from p.valid_to) >= m.year))""", Integer.class)).isZero();
    }

    @Test
    void everyComputedValueIsMarkedAndEveryPrintedOneIsNot() throws IOException {
        Set<String> derived = new HashSet<>();
        Set<String> printed = new HashSet<>();
        for (CSVRecord row : rows()) {
            String key = row.get("province_code") + " " + INDICATOR.get(row.get("index") + "/" + row.get("measure"))
                    + " " + row.get("year");
            (row.get("quote").startsWith("[derived]") ? derived : printed).add(key);
        }
        derived.removeAll(printed); // a printed figure wins over a computed one
        List<Map<String, Object>> computed = jdbc.queryForList("""
                select p.code || ' ' || m.indicator_code || ' ' || m.year as k, m.note
                from measurement m join province p on p.id = m.province_id where m.computed""");

        assertThat(computed).extracting(r -> r.get("k")).containsExactlyInAnyOrderElementsOf(derived);
        assertThat(computed).extracting(r -> (String) r.get("note")).allSatisfy(note -> assertThat(note)
                .matches("Giá trị tính toán: tổng [68] chỉ số nội dung PAPI công bố.*"));
        assertThat(derived).hasSizeGreaterThan(300);
    }

    @Test
    void everyValueNamesItsPublisherAndPublicationAndKeepsItsAddressAndQuote() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select source, source_url, source_publisher, note from measurement where created_by = 'system'");

        assertThat(rows).hasSize(1362).allSatisfy(r -> {
            String source = (String) r.get("source");
            assertThat((String) r.get("source_url")).matches("https?://\\S+");
            assertThat(source).startsWith(r.get("source_publisher") + " – ");
            assertThat(source).doesNotContain("http");
            assertThat((String) r.get("note")).isNotBlank();
        });
        assertThat(source("52", "PCI_SCORE", 2019))
                .isEqualTo("VCCI – PCI 2019, bảng xếp hạng (tệp PCI 2019.xlsx của VCCI, bản sao trên GitHub"
                        + " mdtrinh/vietnam_elections)");
        assertThat(source("45", "SIPAS", 2023))
                .isEqualTo("Cổng Thông tin điện tử Tỉnh ủy Quảng Trị – bài về SIPAS 2023 của Bộ Nội vụ");
    }

    @Test
    void dakNongsOwnShippedResultsAreKeptBesideThePublishedOnes() {
        // V3's six results (SIPAS 2022–2023 …) share no key with the publication: both are there, once each
        assertThat(value("67", "SIPAS", 2023)).isEqualTo("81.21");
        assertThat(jdbc.queryForObject(
                        "select count(*) from measurement where created_by = 'shipped-data'", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void everyPublishedValueIsAuditedAsCreatedByTheShippedData() {
        assertThat(jdbc.queryForObject("""
                        select count(*) from measurement m
                        where m.created_by = 'system'
                          and exists (select 1 from audit_event a where a.entity_type = 'MEASUREMENT'
                                        and a.entity_id = m.id and a.action = 'CREATE'
                                        and a.origin = 'shipped data: published indices')""", Integer.class)).isEqualTo(1362);
    }

    private String value(String code, String indicator, int year) {
        Map<String, Object> row = jdbc.queryForMap("""
                select m.value_number, m.value_level from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""", code, indicator, year);
        Object level = row.get("value_level");
        return level != null
                ? (String) level
                : ((java.math.BigDecimal) row.get("value_number"))
                        .stripTrailingZeros()
                        .toPlainString();
    }

    private String source(String code, String indicator, int year) {
        return jdbc.queryForObject("""
                select m.source from measurement m join province p on p.id = m.province_id
                where p.code = ? and m.indicator_code = ? and m.year = ?""", String.class, code, indicator, year);
    }

    private static List<CSVRecord> rows() throws IOException {
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
        }
    }
}
