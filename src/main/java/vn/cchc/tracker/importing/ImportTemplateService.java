package vn.cchc.tracker.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.indicator.Indicator;
import vn.cchc.tracker.indicator.IndicatorLevel;
import vn.cchc.tracker.indicator.IndicatorService;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.DecimalText;
import vn.cchc.tracker.support.Languages;
import vn.cchc.tracker.tablefile.CsvTableWriter;
import vn.cchc.tracker.tablefile.ExportTable;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.XlsxTableWriter;

/**
 * The downloadable templates for yearly results. Both hold only the header row — no example data, so nothing
 * made up can be imported by mistake; the workbook adds an instructions sheet and the indicator codes with their
 * units, ranges and group levels.
 */
@Service
@Transactional(readOnly = true)
public class ImportTemplateService {

    private final IndicatorService indicators;
    private final MessageSource messages;
    private final ImportProperties properties;

    public ImportTemplateService(IndicatorService indicators, MessageSource messages, ImportProperties properties) {
        this.indicators = indicators;
        this.messages = messages;
        this.properties = properties;
    }

    /** UTF-8 CSV with a byte order mark: the header row only. */
    public byte[] csv() {
        return CsvTableWriter.write(resultsSheet(Languages.VIETNAMESE), null);
    }

    /** The results sheet (header only, first so it is the one read back), instructions, and the indicator codes. */
    public byte[] xlsx(Locale locale) {
        return XlsxTableWriter.write(List.of(resultsSheet(locale), instructions(locale), indicatorSheet(locale)));
    }

    private ExportTable resultsSheet(Locale locale) {
        return new ExportTable(text("import.template.sheet.results", locale), ImportColumn.headers(), List.of());
    }

    private ExportTable instructions(Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            String key = "import.template.column." + column.header();
            rows.add(List.of(
                    column.header(),
                    text(key, locale),
                    text(
                            column == ImportColumn.NOTE || column.mayBeLeftOut()
                                    ? "import.template.optional"
                                    : "import.template.required",
                            locale),
                    text(key + ".format", locale)));
        }
        rows.add(Arrays.asList(null, null, null, null));
        String size = Sizes.human(properties.maxFileSize().toBytes());
        for (String rule : List.of("oneRowPerResult", "headerRow", "valuesOnly", "formats", "preview")) {
            rows.add(Arrays.asList(
                    null, text("import.template.rule." + rule, locale, size, properties.maxRows()), null, null));
        }
        return new ExportTable(
                text("import.template.sheet.instructions", locale),
                List.of(
                        text("import.template.header.column", locale), text("import.template.header.meaning", locale),
                        text("import.template.header.required", locale), text("import.template.header.format", locale)),
                rows);
    }

    private ExportTable indicatorSheet(Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : indicators.catalogue()) {
            List<Object> row = new ArrayList<>();
            row.add(i.getCode());
            row.add(i.name(locale));
            row.add(i.getReformArea().name(locale));
            row.add(text("indicator.unit." + i.getUnitKind(), locale));
            row.add(range(i, locale));
            row.add(
                    i.isGroup()
                            ? String.join(
                                    " < ",
                                    i.getLevels().stream()
                                            .map(IndicatorLevel::getNameVi)
                                            .toList())
                            : null);
            rows.add(row);
        }
        return new ExportTable(
                text("import.template.sheet.indicators", locale),
                List.of(
                        text("indicator.code", locale),
                        text("indicator.name", locale),
                        text("import.template.header.area", locale),
                        text("indicator.unit", locale),
                        text("indicator.range", locale),
                        text("import.template.header.levels", locale)),
                rows);
    }

    private String range(Indicator i, Locale locale) {
        if (i.isGroup()) {
            return text("import.template.range.group", locale);
        }
        String min = number(i.getMinValue(), locale);
        String range = i.getMaxValue() == null
                ? text("indicator.range.atLeast", locale, min)
                : text("indicator.range.between", locale, min, number(i.getMaxValue(), locale));
        boolean whole = i.getUnitKind() == UnitKind.RANK || i.getUnitKind() == UnitKind.COUNT;
        return whole ? range + " " + text("import.template.range.whole", locale) : range;
    }

    private static String number(BigDecimal value, Locale locale) {
        return value == null ? "" : DecimalText.format(value, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
