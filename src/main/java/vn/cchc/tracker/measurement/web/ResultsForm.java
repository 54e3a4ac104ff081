package vn.cchc.tracker.measurement.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.tracker.measurement.MeasurementChange;
import vn.cchc.tracker.measurement.MeasurementConflictException;
import vn.cchc.tracker.measurement.MeasurementSnapshot;
import vn.cchc.tracker.measurement.ProvisionalGrid;
import vn.cchc.tracker.measurement.ResultsGrid;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.support.Numbers;

/** The whole results grid of one province and year, saved at once. */
public class ResultsForm {

    private List<ResultRowForm> rows = new ArrayList<>();

    public static ResultsForm of(ResultsGrid grid, Locale locale) {
        ResultsForm form = new ResultsForm();
        grid.rows().forEach(row -> form.add(row.indicator().code(), row.current(), locale));
        return form;
    }

    /** The provisional values of one period, entered as the results are (issue 16). */
    public static ResultsForm of(ProvisionalGrid grid, Locale locale) {
        ResultsForm form = new ResultsForm();
        grid.rows().forEach(row -> form.add(row.indicator().code(), row.current(), locale));
        return form;
    }

    private void add(String indicatorCode, MeasurementSnapshot m, Locale locale) {
        rows.add(
                m == null
                        ? new ResultRowForm(indicatorCode, null, null, null, null)
                        : new ResultRowForm(indicatorCode, inputText(m, locale), m.source(), m.note(), m.version()));
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

    /**
     * After a conflict the user's values stay in the form, each conflicting row now carrying the version stored
     * meanwhile, so that saving again re-applies them; returns the conflicts by row for the page to show.
     */
    Map<Integer, MeasurementConflictException.Conflict> keepValuesOver(MeasurementConflictException conflict) {
        Map<Integer, MeasurementConflictException.Conflict> byRow = new HashMap<>();
        for (MeasurementConflictException.Conflict c : conflict.conflicts()) {
            byRow.put(c.index(), c);
            rows.get(c.index()).setVersion(c.currentVersion());
        }
        return byRow;
    }

    public List<ResultRowForm> getRows() {
        return rows;
    }

    public void setRows(List<ResultRowForm> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }
}
