package vn.cchc.tracker.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.testing.ApplicationTest;

/** The provenance page lists every source of the stored results by publisher, with counts and links. */
@ApplicationTest
class SourcesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceService sources;

    @Test
    @Transactional // the extra results are rolled back
    void sourcesAreGroupedByPublisherWithTheirCountsAndAddresses() throws Exception {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         source_url, source_publisher, note, computed, created_by, updated_by)
                select p.id, 'PAR_INDEX_RANK', 'RANK', y, y - 2000, 'Nhà xuất bản thử – PAR ' || y,
                       'https://example.org/par-' || y, 'Nhà xuất bản thử', 'trích dẫn', y = 2011, 'test', 'test'
                from province p cross join generate_series(2010, 2011) y
                where p.code = '52' and coalesce(p.valid_from, date '1900-01-01') <= date '2010-01-01' and p.valid_to is not null""");

        SourceService.Publisher publisher = sources.publishers().stream()
                .filter(p -> "Nhà xuất bản thử".equals(p.name()))
                .findFirst()
                .orElseThrow();
        assertThat(publisher.results()).isEqualTo(2);
        assertThat(publisher.sources())
                .extracting(SourceService.Source::url, SourceService.Source::results, SourceService.Source::computed)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("https://example.org/par-2010", 1, 0),
                        org.assertj.core.groups.Tuple.tuple("https://example.org/par-2011", 1, 1));

        String html = mvc.perform(get("/sources")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("data-publisher=\"Nhà xuất bản thử\" data-results=\"2\"")
                .contains("href=\"https://example.org/par-2011\"")
                .contains("Nhà xuất bản thử – PAR 2011")
                .contains("1 giá trị tính toán");
    }

    @Test
    @Transactional
    void aSourceChangedWithoutAnAddressLosesTheOldAddressAndAChangedValueIsNoLongerComputed() {
        jdbc.update("""
                insert into measurement (province_id, indicator_code, indicator_kind, year, value_number, source,
                                         source_url, source_publisher, note, computed, created_by, updated_by)
                select p.id, 'PAR_INDEX_SCORE', 'SCORE', 2010, 60.5, 'UNDP – thử', 'https://example.org/x', 'UNDP',
                       null, true, 'test', 'test'
                from province p where p.code = '52' and coalesce(p.valid_from, date '1900-01-01') <= date '2010-01-01' and p.valid_to is not null""");

        jdbc.update(
                "update measurement set value_number = 61 where indicator_code = 'PAR_INDEX_SCORE' and year = 2010");
        assertThat(jdbc.queryForObject(
                        "select computed from measurement where indicator_code = 'PAR_INDEX_SCORE' and year = 2010",
                        Boolean.class))
                .isFalse();
        jdbc.update(
                "update measurement set source = 'Báo cáo của tỉnh' where indicator_code = 'PAR_INDEX_SCORE' and year = 2010");
        assertThat(
                        jdbc.queryForMap(
                                "select source_url, source_publisher from measurement where indicator_code = 'PAR_INDEX_SCORE' and year = 2010"))
                .containsEntry("source_url", null)
                .containsEntry("source_publisher", null);
    }
}
