package vn.cchc.tracker.tablefile;

import java.util.List;

/** A non-blank line of a table as read, with its row number as a spreadsheet shows it (1 = first line). */
public record RawLine(int row, List<RawCell> cells) {

    public RawLine {
        cells = List.copyOf(cells);
    }

    public RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.of("");
    }

    static boolean isBlank(List<RawCell> cells) {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
