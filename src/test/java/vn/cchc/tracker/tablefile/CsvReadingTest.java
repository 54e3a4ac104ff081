package vn.cchc.tracker.tablefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.tracker.testing.UnitTest;

/** Reading CSV uploads: encodings, delimiters, row numbers and every way a file can be unusable. */
@UnitTest
class CsvReadingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final TableFileReader reader = new TableFileReader(UploadLimits.of(5 * 1024 * 1024, 100));

    @Test
    void readsUtf8WithAByteOrderMark() {
        TableReadResult result = read("ket-qua.csv", concat(BOM, utf8("province_code,note\n67,Đắk Nông – SIPAS\n")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo("csv");
        assertThat(texts(result.lines().get(0))).containsExactly("province_code", "note");
        assertThat(texts(result.lines().get(1))).containsExactly("67", "Đắk Nông – SIPAS");
    }

    @Test
    void readsUtf8WithoutAByteOrderMark() {
        TableReadResult result = read("ket-qua.csv", utf8("a,b\r\n1,Thừa Thiên Huế\r\n"));

        assertThat(result.problems()).isEmpty();
        assertThat(texts(result.lines().get(1))).containsExactly("1", "Thừa Thiên Huế");
    }

    @Test
    void takesSemicolonsAsTheDelimiterWhenTheHeaderUsesThem() {
        TableReadResult result = read("x.csv", utf8("province_code;value;note\n67;81,21;có dấu phẩy, ở đây\n"));

        assertThat(texts(result.lines().get(1))).containsExactly("67", "81,21", "có dấu phẩy, ở đây");
    }

    @Test
    void takesTabsAsTheDelimiterWhenTheHeaderUsesThem() {
        TableReadResult result = read("x.csv", utf8("province_code\tvalue\n67\t81,21\n"));

        assertThat(texts(result.lines().get(1))).containsExactly("67", "81,21");
    }

    @Test
    void keepsCommasInsideQuotedValuesWithCommaDelimiter() {
        TableReadResult result = read("x.csv", utf8("value,note\n\"81,21\",\"a, b \"\"c\"\"\"\n"));

        assertThat(texts(result.lines().get(1))).containsExactly("81,21", "a, b \"c\"");
    }

    @Test
    void numbersRowsAsASpreadsheetShowsThemSkippingBlankLines() {
        TableReadResult result = read("x.csv", utf8("a,b\n1,x\n\n,\n2,y\n"));

        assertThat(result.lines()).extracting(RawLine::row).containsExactly(1, 2, 5);
    }

    @Test
    void countsAQuotedValueSpanningLinesAsOneRow() {
        TableReadResult result = read("x.csv", utf8("a,b\n1,\"line one\nline two\"\n2,z\n"));

        assertThat(result.lines()).extracting(RawLine::row).containsExactly(1, 2, 3);
        assertThat(result.lines().get(1).cell(1).text()).isEqualTo("line one\nline two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n", "\uFEFF", " , ,\n,,"})
    void reportsAnEmptyFile(String content) {
        TableReadResult result = read("x.csv", utf8(content));

        assertThat(result.problems()).extracting(TableProblem::type).containsExactly(FileProblem.FILE_EMPTY);
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void reportsAnEmptyFileForZeroBytes() {
        assertThat(read("x.csv", new byte[0]).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_EMPTY);
    }

    @Test
    void reportsWindows1258ContentAsNotUtf8WithTheRowOfTheFirstBadByte() {
        byte[] content = "province_code,note\n67,ok\n67,Đắk Nông\n".getBytes(Charset.forName("windows-1258"));

        TableReadResult result = read("x.csv", content);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(FileProblem.FILE_NOT_UTF8);
            assertThat(p.args()).containsExactly("3");
            assertThat(p.row()).isNull();
        });
    }

    @Test
    void reportsWindows1252ContentAsNotUtf8() {
        byte[] content = "province_code,note\n67,Bình Định ô\n".getBytes(Charset.forName("windows-1252"));

        assertThat(read("x.csv", content).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_NOT_UTF8);
    }

    @Test
    void reportsUtf16Files() {
        byte[] content = "province_code,note\n67,x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, content);

        assertThat(read("x.csv", withBom).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_UTF16);
    }

    @Test
    void reportsTextThatWasConvertedTwiceWithItsRow() {
        String garbled = new String("Đắk Nông".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

        TableReadResult result = read("x.csv", utf8("a,b\n1,ok\n2," + garbled + "\n"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(FileProblem.FILE_GARBLED_TEXT);
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.args().get(1)).contains("áº");
        });
    }

    @Test
    void findsTextConvertedTwiceAfterOrdinaryVietnameseInTheSameCell() {
        String garbled = new String("Nông".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

        TableReadResult result = read("x.csv", utf8("a\nĐá Ãn Ä Æ Å " + garbled + "\n"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(FileProblem.FILE_GARBLED_TEXT);
            assertThat(p.args().get(1)).contains("Ã´");
        });
    }

    @Test
    void doesNotMistakeOrdinaryVietnameseForGarbledText() {
        String vietnamese = "Ấp Ã, ÂU Ả Ạ đường ưu tiên, ơn, Ô Ê Á Ì Ó Ú Ý Ĩ Ũ — “trích dẫn” … ‘a’";

        assertThat(read("x.csv", utf8("a\n" + vietnamese + "\n")).problems()).isEmpty();
    }

    @Test
    void reportsAnUnclosedQuote() {
        TableReadResult result = read("x.csv", utf8("a,b\n1,\"x\" y\n"));

        assertThat(result.problems()).extracting(TableProblem::type).containsExactly(FileProblem.FILE_CSV_MALFORMED);
    }

    @Test
    void reportsBinaryFilesAsUnsupported() {
        assertThat(read("x.csv", utf8("%PDF-1.7 ...")).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_UNSUPPORTED);
        assertThat(read("x.csv", new byte[] {'a', ',', 0, 'b'}).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_UNSUPPORTED);
    }

    @Test
    void reportsAFileOverTheSizeLimitWithTheLimit() {
        TableFileReader small = new TableFileReader(UploadLimits.of(1024, 100));
        byte[] content = utf8("a\n" + "x\n".repeat(600));

        TableReadResult result = small.read(UploadedFile.of("x.csv", content));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(FileProblem.FILE_TOO_LARGE);
            assertThat(p.args()).containsExactly("1 KB");
        });
    }

    @Test
    void reportsAStreamOverTheLimitWithoutReadingItAll() {
        byte[] content = utf8("a\n" + "x\n".repeat(600));
        UploadedFile file = UploadedFile.read("x.csv", new java.io.ByteArrayInputStream(content), 1024);

        assertThat(file.size()).isEqualTo(1025);
        assertThat(new TableFileReader(UploadLimits.of(1024, 100)).read(file).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_TOO_LARGE);
    }

    @Test
    void reportsMoreDataRowsThanTheLimit() {
        TableFileReader three = new TableFileReader(UploadLimits.of(1024 * 1024, 3));

        assertThat(three.read(UploadedFile.of("x.csv", utf8("a\n1\n2\n3\n"))).problems())
                .isEmpty();
        assertThat(three.read(UploadedFile.of("x.csv", utf8("a\n1\n2\n3\n4\n"))).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_TOO_MANY_ROWS);
    }

    @Test
    void refusesAnOldExcelFileWhateverItsName() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(read("ket-qua.csv", ole2).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_LEGACY_EXCEL);
    }

    @Test
    void refusesAMacroEnabledNameEvenWithTextContent() {
        assertThat(read("ket-qua.xlsm", utf8("a\n1\n")).problems())
                .extracting(TableProblem::type)
                .containsExactly(FileProblem.FILE_MACROS);
    }

    @Test
    void readsACsvWhateverItsName() {
        assertThat(read("ket-qua.xlsx", utf8("a\n1\n")).problems()).isEmpty();
    }

    private TableReadResult read(String name, byte[] content) {
        return reader.read(UploadedFile.of(name, content));
    }

    static List<String> texts(RawLine line) {
        return line.cells().stream().map(RawCell::text).toList();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
