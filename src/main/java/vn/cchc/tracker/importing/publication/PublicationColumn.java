package vn.cchc.tracker.importing.publication;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of a published table, recognised by their headers as publishers and people write them, compared
 * without diacritics, case, blanks or punctuation ("Tỉnh/Thành phố", "TỈNH, THÀNH PHỐ" and "tinh thanh pho" are one).
 * Other columns ("STT", "Vùng", "Ghi chú" …) are ignored and named in the preview.
 */
public enum PublicationColumn {
    /** The province's name as written. */
    PROVINCE(Set.of(
            "tinh",
            "tinhthanhpho",
            "tinhthanh",
            "tentinh",
            "tentinhthanhpho",
            "tentinhthanh",
            "diaphuong",
            "donvi",
            "province",
            "provincename",
            "provincecity",
            "tinhthanhphotructhuoctrunguong")),
    /** The GSO code. */
    CODE(Set.of("ma", "matinh", "maso", "madonvi", "madvhc", "code", "provincecode", "gsocode")),
    SCORE(Set.of(
            "diem",
            "diemso",
            "tongdiem",
            "diemtonghop",
            "diemchiso",
            "ketqua",
            "chiso",
            "score",
            "totalscore",
            "total",
            "diempci",
            "diemsopci",
            "pci",
            "papi",
            "parindex",
            "sipas",
            "tylehailong",
            "chisohailong",
            "sipaspercent")),
    RANK(Set.of("xephang", "hang", "thuhang", "vitri", "rank", "ranking", "xephangpci", "xephangpapi")),
    GROUP(Set.of("nhom", "xepnhom", "nhomxephang", "nhomdieuhanh", "xeploai", "group", "category"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Set<String> headers;

    PublicationColumn(Set<String> headers) {
        this.headers = headers;
    }

    /** The column a header names; empty for a column the import ignores. */
    public static Optional<PublicationColumn> of(String header) {
        String key = key(header);
        for (PublicationColumn c : values()) {
            if (c.headers.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The value columns, in the order the preview shows them. */
    public static List<PublicationColumn> valueColumns() {
        return List.of(SCORE, RANK, GROUP);
    }

    static String key(String header) {
        String plain = MARKS.matcher(Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(plain).replaceAll("");
    }
}
