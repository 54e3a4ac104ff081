package vn.cchc.tracker.exporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.tracker.testing.ShippedData.DAK_NONG_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.HUE_DECISION;
import static vn.cchc.tracker.testing.ShippedData.QUANG_TRI_RESOLUTION;
import static vn.cchc.tracker.testing.ShippedData.documentId;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.tracker.dashboard.ScorecardForm;
import vn.cchc.tracker.report.ProvinceReport;
import vn.cchc.tracker.report.ProvinceReportService;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * The province page and its CSV, XLSX and PDF exports read, check and sort a scorecard's filters with the same code:
 * for many filters and orders on the shipped data the CSV and XLSX tables and the PDF report list exactly the page's
 * rows in the page's order, and what the page refuses every export refuses with the same 400 and the same words.
 */
@ApplicationTest
class ScorecardExportsMatchThePageTest {

    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*\\sdata-target-id=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern EXPLANATION =
            Pattern.compile("<p class=\"explanation[^\"]*\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern LEAD = Pattern.compile("<p class=\"lead\">(.*?)</p>", Pattern.DOTALL);
    /** Column positions in the scorecard table: document, indicator code, scope, deadline, explanation. */
    private static final int[] KEY_COLUMNS = {0, 2, 4, 6, 11};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProvinceReportService reports;

    private final Map<Long, List<String>> targets = new HashMap<>();

    /** Province, year and query; {@code {doc:NUMBER}} stands for that document's id. */
    static Stream<String> filteredAndSortedScorecards() {
        List<String> urls = new ArrayList<>();
        String resolution = "document={doc:" + DAK_NONG_RESOLUTION + "}";
        List<String> filters = List.of(
                "",
                "area=DIRECTION",
                "area=PROCEDURES&status=NO_DATA",
                "status=off_track",
                resolution,
                resolution + "&area=DIGITAL_GOVERNMENT&status=MISSED",
                "status=MET");
        for (String sort : List.of("", "status", "deadline", "progress", "indicator", "DEADLINE")) {
            for (String filter : filters) {
                urls.add(query("/provinces/67?year=2025", filter, sort.isEmpty() ? "" : "sort=" + sort));
            }
        }
        urls.addAll(List.of(
                "/provinces/67?year=2023&area=DIRECTION&sort=progress",
                "/provinces/67?year=2024&sort=status&area=DIGITAL_GOVERNMENT",
                "/provinces/67?year=2030&sort=progress",
                "/provinces/67?year=2025&sort=indicator&lang=en",
                "/provinces/67?year=2025&sort=status&status=NO_DATA&lang=en",
                "/provinces/45?year=2025",
                "/provinces/45?year=2025&sort=indicator",
                "/provinces/45?year=2025&sort=indicator&lang=en",
                "/provinces/45?year=2026&sort=progress&document={doc:" + QUANG_TRI_RESOLUTION + "}",
                "/provinces/46?year=2019&sort=deadline",
                "/provinces/46?year=2025&sort=status&area=INSTITUTIONS",
                "/provinces/52?year=2025&sort=status",
                "/provinces/52?year=2022&status=NO_DATA&sort=indicator",
                "/provinces/68?year=2025"));
        return urls.stream();
    }

    @ParameterizedTest
    @MethodSource("filteredAndSortedScorecards")
    void everyExportListsThePagesRowsInThePagesOrder(String template) throws Exception {
        String url = withDocumentIds(template);
        String html = ok(url).getContentAsString(StandardCharsets.UTF_8);
        List<Long> ids = new ArrayList<>();
        List<List<String>> pageRows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            long id = Long.parseLong(row.group(1));
            ids.add(id);
            Matcher explanation = EXPLANATION.matcher(row.group(2));
            assertThat(explanation.find()).as("explanation of target %s", id).isTrue();
            pageRows.add(key(id, HtmlUtils.htmlUnescape(explanation.group(1).strip())));
        }

        assertThat(csvRows(ok(export(url, "scorecard.csv"))))
                .as("CSV of %s", url)
                .isEqualTo(pageRows);
        assertThat(xlsxRows(ok(export(url, "scorecard.xlsx"))))
                .as("XLSX of %s", url)
                .isEqualTo(pageRows);
        assertThat(reportIds(url)).as("PDF report of %s", url).isEqualTo(ids);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "area=direction",
                "area=NOWHERE",
                "document={doc:" + HUE_DECISION + "}",
                "document=999999",
                "document=abc",
                "status=MET,MISSED",
                "status=MISSED&status=OFF_TRACK",
                "status=GREAT",
                "sort=worst",
                "sort=status,deadline",
                "year=20x5",
                "year=1800"
            })
    void whatThePageRefusesEveryExportRefusesInTheSameWords(String filter) throws Exception {
        String year = filter.startsWith("year=") ? "" : "year=2025";
        String url = withDocumentIds(query("/provinces/67?lang=en", year, filter));
        String refusal = refusal(url);

        for (String file : List.of("scorecard.csv", "scorecard.xlsx", "report.pdf")) {
            assertThat(refusal(export(url, file)))
                    .as("%s with %s", file, filter)
                    .isEqualTo(refusal);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/provinces/67", "/provinces/67/scorecard.csv", "/provinces/67/scorecard.xlsx"})
    void blankParametersMeanEverythingAndPaddedOnesAreRead(String path) throws Exception {
        String document = String.valueOf(documentId(jdbc, DAK_NONG_RESOLUTION));
        MockHttpServletResponse blank = ok(get(path)
                .param("year", "2025")
                .param("document", "")
                .param("area", " ")
                .param("status", "")
                .param("sort", " \t"));
        MockHttpServletResponse all = ok(get(path).param("year", "2025"));
        MockHttpServletResponse padded = ok(get(path)
                .param("year", " 2025 ")
                .param("document", " " + document + " ")
                .param("area", " PROCEDURES ")
                .param("status", " off_track ")
                .param("sort", " STATUS "));
        MockHttpServletResponse plain = ok(get(path)
                .param("year", "2025")
                .param("document", document)
                .param("area", "PROCEDURES")
                .param("status", "OFF_TRACK")
                .param("sort", "status"));

        assertThat(content(blank)).isEqualTo(content(all));
        assertThat(content(padded)).isEqualTo(content(plain)).isNotEqualTo(content(all));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/provinces/99",
                "/provinces/99/scorecard.csv",
                "/provinces/99/scorecard.xlsx",
                "/provinces/99/report.pdf"
            })
    void anUnknownProvinceIsNotFoundEverywhere(String url) throws Exception {
        assertThat(mvc.perform(get(url + "?area=DIRECTION"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The 400 message of a refused request, after checking it is an HTML page and not a file. */
    private String refusal(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(400);
        assertThat(response.getContentType()).as("content type of %s", url).startsWith("text/html");
        Matcher lead = LEAD.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(lead.find()).as("message of %s", url).isTrue();
        return lead.group(1);
    }

    /**
     * What identifies a row in the table: the documents that set its goal (issue 13, rule 8: one row per goal), indicator
     * code, scope, deadline and explanation.
     */
    private List<String> key(long targetId, String explanation) {
        List<String> target = targets.computeIfAbsent(targetId, this::target);
        List<String> key = new ArrayList<>(target);
        key.add(explanation);
        return key;
    }

    private List<String> target(long targetId) {
        Map<String, Object> t = jdbc.queryForMap("""
                select (select string_agg(x.number, '; ' order by x.issue_date, x.id)
                        from (select distinct d2.number, d2.issue_date, d2.id
                              from target t2 join document d2 on d2.id = t2.document_id
                              where d2.province_id = d.province_id and t2.indicator_code = t.indicator_code
                                and t2.comparison = t.comparison and t2.deadline_year = t.deadline_year
                                and t2.threshold_value is not distinct from t.threshold_value
                                and t2.threshold_level is not distinct from t.threshold_level
                                and t2.baseline_year is not distinct from t.baseline_year
                                and t2.baseline_value is not distinct from t.baseline_value) x) as number,
                       t.indicator_code, coalesce(t.scope_note, '') as scope, t.deadline_year
                from target t join document d on d.id = t.document_id where t.id = ?""", targetId);
        return List.of(
                (String) t.get("number"),
                (String) t.get("indicator_code"),
                (String) t.get("scope"),
                String.valueOf(t.get("deadline_year")));
    }

    private static List<List<String>> csvRows(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8); // after the byte order mark
        List<List<String>> rows = new ArrayList<>();
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> key = new ArrayList<>();
            for (int column : KEY_COLUMNS) {
                key.add(record.get(column));
            }
            rows.add(key);
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(MockHttpServletResponse response) throws Exception {
        DataFormatter cells = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> key = new ArrayList<>();
                for (int column : KEY_COLUMNS) {
                    key.add(cells.formatCellValue(row.getCell(column)));
                }
                rows.add(key);
            }
        }
        return rows;
    }

    /** The targets the PDF report prints, in its order, for the page's query. */
    private List<Long> reportIds(String url) {
        Map<String, List<String>> q =
                UriComponentsBuilder.fromUriString(url).build().getQueryParams();
        ScorecardForm form =
                new ScorecardForm(first(q, "document"), first(q, "area"), first(q, "status"), first(q, "sort"));
        String code = url.substring("/provinces/".length(), url.indexOf('?'));
        Locale locale = "en".equals(first(q, "lang")) ? Languages.ENGLISH : Languages.VIETNAMESE;
        ProvinceReport report = reports.report(code, form.toFilter(), Integer.parseInt(first(q, "year")), locale);
        return report.areas().stream()
                .flatMap(a -> a.targets().stream())
                .map(a -> a.target().targetId())
                .toList();
    }

    private static String first(Map<String, List<String>> query, String name) {
        return query.containsKey(name) ? query.get(name).get(0) : null;
    }

    private MockHttpServletResponse ok(String url) throws Exception {
        return ok(get(url));
    }

    private MockHttpServletResponse ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", response).isEqualTo(200);
        return response;
    }

    /** A page's target rows, or a file's bytes (an XLSX without its creation time, which differs each time). */
    private static Object content(MockHttpServletResponse response) throws Exception {
        if (response.getContentType().startsWith("text/html")) {
            List<String> rows = new ArrayList<>();
            Matcher row = ROW.matcher(response.getContentAsString(StandardCharsets.UTF_8));
            while (row.find()) {
                rows.add(row.group(1));
            }
            return rows;
        }
        if (response.getContentType().startsWith("text/csv")) {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        return xlsxRows(response);
    }

    /** The same query on one of the page's downloads. */
    private static String export(String pageUrl, String file) {
        int query = pageUrl.indexOf('?');
        return pageUrl.substring(0, query) + "/" + file + pageUrl.substring(query);
    }

    private static String query(String base, String... parts) {
        StringBuilder url = new StringBuilder(base);
        for (String part : parts) {
            if (!part.isEmpty()) {
                url.append('&').append(part);
            }
        }
        return url.toString();
    }

    private String withDocumentIds(String url) {
        Matcher doc = Pattern.compile("\\{doc:([^}]+)}").matcher(url);
        return doc.replaceAll(m -> String.valueOf(documentId(jdbc, m.group(1))));
    }
}
