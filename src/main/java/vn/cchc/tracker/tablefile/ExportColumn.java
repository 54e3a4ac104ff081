package vn.cchc.tracker.tablefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * A column of an exported table: the message key of its header and how to get its cell from a row object.
 * Exporting a new page's table is a list of these plus {@link #table}:
 * <pre>{@code
 * List<ExportColumn<Row>> columns = List.of(
 *         ExportColumn.of("export.audit.when", Row::at),
 *         ExportColumn.of("export.audit.who", Row::user));
 * ExportTable table = ExportColumn.table("Nhật ký", columns, rows, messages, locale);
 * }</pre>
 */
public record ExportColumn<T>(String headerKey, Function<T, Object> value) {

    public static <T> ExportColumn<T> of(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, value);
    }

    /** The table of {@code items}, headers in the reader's language. */
    public static <T> ExportTable table(
            String sheetName, List<ExportColumn<T>> columns, List<T> items, MessageSource messages, Locale locale) {
        List<String> headers = columns.stream()
                .map(c -> messages.getMessage(c.headerKey(), null, c.headerKey(), locale))
                .toList();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            List<Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(c.value().apply(item)));
            rows.add(row);
        }
        return new ExportTable(sheetName, headers, rows);
    }
}
