package vn.cchc.tracker.measurement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.measurement.ResultsGrid;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.Numbers;

/** The whole results grid of one province and year, saved at once. */
public class ResultsForm {

    private List<ResultRowForm> rows = new ArrayList<>();

    public static ResultsForm of(ResultsGrid grid, Locale locale) {
        ResultsForm form = new ResultsForm();
        for (ResultsGrid.Row row : grid.rows()) {
            MeasurementSnapshot m = row.current();
            form.rows.add(
                    m == null
                            ? new ResultRowForm(row.indicator().code(), null, null, null, null)
                            : new ResultRowForm(
                                    row.indicator().code(), inputText(m, locale), m.source(), m.note(), m.version()));
        }
        return form;
    }

    public List<MeasurementChange> toChanges(String provinceCode, int year) {
        return rows.stream()
                .map(r -> new MeasurementChange(
                        provinceCode,
                        r.getIndicatorCode() == null ? "" : r.getIndicatorCode(),
                        year,
                        r.getValue(),
                        r.getSource(),
                        r.getNote(),
                        r.getVersion()))
                .toList();
    }

    /** A stored value as the field shows it: decimal comma in Vietnamese, no grouping, so it reads back the same. */
    static String inputText(MeasurementSnapshot m, Locale locale) {
        if (m.level() != null) {
            return m.level();
        }
        String plain = Numbers.plain(m.number()).toPlainString();
        return Languages.isEnglish(locale) ? plain : plain.replace('.', ',');
    }

    public List<ResultRowForm> getRows() {
        return rows;
    }

    public void setRows(List<ResultRowForm> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }
}
