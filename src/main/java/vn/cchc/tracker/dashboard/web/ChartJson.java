package vn.cchc.tracker.dashboard.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.tracker.dashboard.ChartSpec;

/**
 * Writes a chart for a {@code <script type="application/json">} data block: JSON with {@code <}, {@code >} and
 * {@code &} escaped, so no text in the data (a province name, a source) can close the block.
 */
@Component
class ChartJson {

    private final JsonMapper json;

    ChartJson(JsonMapper json) {
        this.json = json;
    }

    String write(ChartSpec chart) {
        return json.writeValueAsString(chart)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
