package vn.cchc.tracker.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.dashboard.ChartSpec;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ChartJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ChartJson chartJson = new ChartJson(json);

    private static ChartSpec chartLabelled(String label) {
        return new ChartSpec(
                ChartSpec.NUMBER,
                "vi",
                "%",
                null,
                null,
                List.of(),
                2022,
                2025,
                List.of(new ChartSpec.Line(
                        label,
                        ChartSpec.Line.MEASURED,
                        0,
                        List.of(new ChartSpec.Point(2023, new BigDecimal("81.21"), "81,21%")))),
                "Tỷ lệ (%)");
    }

    @Test
    void noTextInTheDataCanCloseTheScriptBlockItIsWrittenInto() {
        String written = chartJson.write(chartLabelled("</script><script>alert('x')</script> & more"));

        assertThat(written).doesNotContain("<", ">", "&");
    }

    @Test
    void theEscapedJsonReadsBackToTheSameData() {
        String label = "Đắk Nông </script> & <b>";
        JsonNode read = json.readTree(chartJson.write(chartLabelled(label)));

        assertThat(read.get("lines").get(0).get("label").asString()).isEqualTo(label);
        assertThat(read.get("lines").get(0).get("points").get(0).get("y").decimalValue())
                .isEqualByComparingTo("81.21");
        assertThat(read.get("scale").asString()).isEqualTo("number");
    }
}
