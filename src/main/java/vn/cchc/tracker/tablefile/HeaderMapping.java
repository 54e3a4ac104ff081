package vn.cchc.tracker.tablefile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a table's first line against the columns a layout expects — in any order, ignoring case, surrounding
 * blanks and the blank-or-hyphen versus underscore spelling ("Province code" is {@code province_code}) — and turns
 * the other lines into {@link TableRecord}s. Unknown, missing and repeated columns are reported by name; an unnamed
 * column is ignored when it is empty (Excel likes to save trailing empty columns) and reported when it is not.
 */
public final class HeaderMapping {

    private HeaderMapping() {}

    /** The records, or only header problems if the header does not match. */
    public record Result(List<TableRecord> records, List<TableProblem> problems) {

        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    public static Result map(List<RawLine> lines, List<String> expected) {
        return map(lines, expected, List.of());
    }

    /**
     * @param optional columns a table may also have, or leave out: a record of a table without one holds it empty
     */
    public static Result map(List<RawLine> lines, List<String> expected, List<String> optional) {
        if (lines.isEmpty()) {
            return new Result(List.of(), List.of(TableProblem.ofFile(FileProblem.FILE_EMPTY)));
        }
        RawLine header = lines.get(0);
        List<RawLine> data = lines.subList(1, lines.size());
        Map<String, String> expectedByKey = new LinkedHashMap<>();
        expected.forEach(e -> expectedByKey.put(key(e), e));
        optional.forEach(e -> expectedByKey.put(key(e), e));
        List<String> known = new ArrayList<>(expectedByKey.values());

        List<TableProblem> problems = new ArrayList<>();
        Map<Integer, String> columnAt = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int width = Math.max(
                header.cells().size(),
                data.stream().mapToInt(l -> l.cells().size()).max().orElse(0));
        for (int i = 0; i < width; i++) {
            String written = header.cell(i).text().replace("\uFEFF", "").strip();
            if (written.isEmpty()) {
                int index = i;
                if (data.stream().anyMatch(l -> !l.cell(index).isBlank())) {
                    problems.add(TableProblem.at(
                            header.row(), String.valueOf(i + 1), FileProblem.HEADER_BLANK_COLUMN, i + 1));
                }
                continue;
            }
            String name = expectedByKey.get(key(written));
            if (name == null) {
                problems.add(TableProblem.at(
                        header.row(), written, FileProblem.HEADER_UNKNOWN_COLUMN, written, String.join(", ", known)));
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add(TableProblem.at(header.row(), written, FileProblem.HEADER_DUPLICATE_COLUMN, written));
            } else {
                columnAt.put(i, name);
            }
        }
        for (String name : expected) {
            if (!seen.containsKey(name)) {
                problems.add(TableProblem.at(header.row(), name, FileProblem.HEADER_MISSING_COLUMN, name));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (data.isEmpty()) {
            return new Result(List.of(), List.of(TableProblem.ofFile(FileProblem.FILE_NO_DATA_ROWS)));
        }
        List<TableRecord> records = new ArrayList<>(data.size());
        for (RawLine line : data) {
            Map<String, String> values = new LinkedHashMap<>();
            List<TableProblem> cellProblems = new ArrayList<>();
            for (String name : known) {
                if (!seen.containsKey(name)) { // an optional column the table leaves out
                    values.put(name, "");
                    continue;
                }
                RawCell cell = line.cell(seen.get(name));
                values.put(name, clean(cell.text()));
                if (cell.problem() != null) {
                    cellProblems.add(
                            cell.problemArg() == null
                                    ? TableProblem.at(line.row(), name, cell.problem())
                                    : TableProblem.at(line.row(), name, cell.problem(), cell.problemArg()));
                }
            }
            records.add(new TableRecord(line.row(), values, cellProblems));
        }
        return new Result(records, List.of());
    }

    /**
     * Trimmed (no-break spaces too, which Excel users paste), without the apostrophe our exports put before
     * formula-like text, and in composed Unicode form, as the catalogue stores text.
     */
    static String clean(String text) {
        String trimmed = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        return Normalizer.normalize(CellText.unescape(trimmed), Normalizer.Form.NFC);
    }

    private static String key(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
    }
}
