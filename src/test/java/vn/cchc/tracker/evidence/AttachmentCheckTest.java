package vn.cchc.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.tablefile.UploadedFile;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class AttachmentCheckTest {

    private static AttachmentCheck.Verdict check(String name, byte[] bytes) {
        return AttachmentCheck.check(
                UploadedFile.read(name, new java.io.ByteArrayInputStream(bytes), AttachmentCheck.MAX_BYTES));
    }

    @ParameterizedTest
    @CsvSource({
        "bao-cao.pdf, pdf, application/pdf",
        "Báo cáo quý I.PDF, pdf, application/pdf",
        "anh.png, png, image/png",
        "anh.jpg, jpeg, image/jpeg",
        "anh.jpeg, jpeg, image/jpeg",
        "anh.gif, gif, image/gif",
        "anh.webp, webp, image/webp"
    })
    void aRealPdfOrImageNamedForWhatItIsIsAcceptedWithTheTypeReadFromItsBytes(String name, String kind, String type) {
        AttachmentCheck.Verdict v = check(name, bytes(kind));

        assertThat(v.accepted()).as(v.problemKey()).isTrue();
        assertThat(v.contentType()).isEqualTo(type);
        assertThat(v.fileName()).isEqualTo(name);
    }

    @Test
    void aProgramRenamedPdfIsRefusedForItsContent() {
        AttachmentCheck.Verdict v = check("bao-cao.pdf", TinyFiles.exe());

        assertThat(v.accepted()).isFalse();
        assertThat(v.problemKey()).isEqualTo("attachment.error.type");
        assertThat(v.problemArgs().get(0)).isEqualTo("bao-cao.pdf");
        assertThat((String) v.problemArgs().get(1)).isNotIn(AttachmentCheck.TYPES.keySet());
    }

    @Test
    void aWebPageNamedPngIsRefusedAsHtml() {
        AttachmentCheck.Verdict v = check("anh.png", TinyFiles.html());

        assertThat(v.problemKey()).isEqualTo("attachment.error.type");
        assertThat(v.problemArgs()).containsExactly("anh.png", "text/html");
    }

    @Test
    void plainTextIsRefused() {
        assertThat(check("ghi-chu.pdf", "chỉ là chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .problemKey())
                .isEqualTo("attachment.error.type");
    }

    @Test
    void anImageNamedPdfIsRefusedAsAMismatchSayingWhatItIs() {
        AttachmentCheck.Verdict v = check("bao-cao.pdf", TinyFiles.png());

        assertThat(v.problemKey()).isEqualTo("attachment.error.mismatch");
        assertThat(v.problemArgs()).containsExactly("bao-cao.pdf", ".pdf", "image/png");
    }

    @Test
    void aFileWithoutAnExtensionIsRefusedAsAMismatch() {
        assertThat(check("scan", TinyFiles.pdf()).problemArgs()).containsExactly("scan", "—", "application/pdf");
    }

    @Test
    void tenMegabytesAreAcceptedOneByteMoreIsNot() {
        byte[] pdf = TinyFiles.pdf();
        byte[] exactly = Arrays.copyOf(pdf, AttachmentCheck.MAX_BYTES);
        byte[] over = Arrays.copyOf(pdf, AttachmentCheck.MAX_BYTES + 1);

        assertThat(check("lon.pdf", exactly).accepted()).isTrue();
        AttachmentCheck.Verdict v = check("qua-lon.pdf", over);
        assertThat(v.problemKey()).isEqualTo("attachment.error.tooLarge");
        assertThat(v.problemArgs()).containsExactly("qua-lon.pdf", "10 MB");
    }

    @Test
    void anEmptyFileAndNoFileAreRefused() {
        assertThat(check("rong.pdf", new byte[0]).problemKey()).isEqualTo("attachment.error.empty");
        assertThat(check("", new byte[0]).problemKey()).isEqualTo("attachment.error.missing");
    }

    @Test
    void aFolderInTheNameIsDroppedAndAVeryLongNameIsCutKeepingItsExtension() {
        assertThat(check("C:\\Users\\cb\\bao-cao.pdf", TinyFiles.pdf()).fileName())
                .isEqualTo("bao-cao.pdf");

        String stored = check("a".repeat(400) + ".pdf", TinyFiles.pdf()).fileName();
        assertThat(stored).hasSize(255).endsWith(".pdf");
    }

    static byte[] bytes(String kind) {
        return switch (kind) {
            case "pdf" -> TinyFiles.pdf();
            case "png" -> TinyFiles.png();
            case "jpeg" -> TinyFiles.jpeg();
            case "gif" -> TinyFiles.gif();
            case "webp" -> TinyFiles.webp();
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
