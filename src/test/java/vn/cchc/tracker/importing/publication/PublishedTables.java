package vn.cchc.tracker.importing.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VCCI's PCI 2020 table as VCCI prints it — its names ("TT-Huế", "BRVT", "TP.HCM"), scores and two-digit ranks — taken
 * from the quotes of {@code data/published/published-indices.csv}, the file the shipped results were generated from.
 */
final class PublishedTables {

    static final String PCI_2020_PUBLICATION = "VCCI – PCI 2020 (pcivietnam.vn)";
    static final String PCI_2020_URL = "https://pcivietnam.vn/bang-xep-hang?cpi_cat_id=PCI_Score&region_id=0&year=2020";

    /** One printed row, with the GSO code the data file gives it. */
    record Row(String code, String printedName, String score, String rank) {}

    private static final Pattern LINE =
            Pattern.compile("^(\\d{2}),[^,]*,PCI,score,2020,.*\\| \\| ([^|]+?) \\| ([\\d.]+) \\| (\\d+) \\|");

    private PublishedTables() {}

    static List<Row> pci2020() {
        List<Row> rows = new ArrayList<>();
        try {
            for (String line :
                    Files.readAllLines(Path.of("data/published/published-indices.csv"), StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The table as a CSV with VCCI's headers ("STT", "Tỉnh", "Điểm số PCI", "Xếp hạng"), every third name typed
     * without diacritics as people copy it.
     */
    static String pci2020Csv() {
        StringBuilder csv = new StringBuilder("STT,Tỉnh,Điểm số PCI,Xếp hạng\n");
        List<Row> rows = pci2020();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String name = i % 3 == 0 ? withoutDiacritics(r.printedName()) : r.printedName();
            csv.append(i + 1)
                    .append(',')
                    .append(name)
                    .append(',')
                    .append(r.score())
                    .append(',')
                    .append(r.rank())
                    .append('\n');
        }
        return csv.toString();
    }

    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }
}
