package vn.cchc.tracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Whether an uploaded file may be kept as evidence: a PDF or a PNG, JPEG, GIF or WebP image of at most
 * {@value #MAX_BYTES} bytes (10 MB), judged by its content — Apache Tika's magic-byte detector reads the bytes, never
 * the name or the type the browser claimed — and named for what it is (a PNG called ".pdf" is refused, so is an
 * executable or a web page whatever its name). Plain Java.
 */
public final class AttachmentCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The stored name's limit (narrative_attachment.file_name). */
    static final int MAX_NAME = 255;

    /** Accepted content types and the file name extensions each may carry. */
    static final Map<String, List<String>> TYPES = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"),
            "image/gif", List.of("gif"),
            "image/webp", List.of("webp"));

    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

    private AttachmentCheck() {}

    /** The verdict: either {@code contentType} (accepted, with the name to store) or a refusal's message key and args. */
    public record Verdict(String contentType, String fileName, String problemKey, List<Object> problemArgs) {

        public boolean accepted() {
            return problemKey == null;
        }

        static Verdict accept(String contentType, String fileName) {
            return new Verdict(contentType, fileName, null, List.of());
        }

        static Verdict refuse(String key, Object... args) {
            return new Verdict(null, null, key, List.of(args));
        }
    }

    public static Verdict check(UploadedFile file) {
        String name = storedName(file.name());
        if (name.isEmpty() && file.size() == 0) {
            return Verdict.refuse("attachment.error.missing");
        }
        if (file.exceeds(MAX_BYTES)) {
            return Verdict.refuse("attachment.error.tooLarge", name, Sizes.human(MAX_BYTES));
        }
        if (file.size() == 0) {
            return Verdict.refuse("attachment.error.empty", name);
        }
        String detected = detect(file);
        List<String> extensions = TYPES.get(detected);
        if (extensions == null) {
            return Verdict.refuse("attachment.error.type", name, detected);
        }
        String extension = file.extension();
        if (!extensions.contains(extension)) {
            return Verdict.refuse(
                    "attachment.error.mismatch", name, extension.isEmpty() ? "—" : "." + extension, detected);
        }
        return Verdict.accept(detected, name);
    }

    /** The content type from the bytes alone ("application/octet-stream" when nothing is recognised). */
    static String detect(UploadedFile file) {
        try (InputStream in = TikaInputStream.get(file.open())) {
            MediaType type = DETECTOR.detect(in, new Metadata());
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded bytes", e);
        }
    }

    /** The name without folders and control characters, cut to the column's length keeping the extension. */
    static String storedName(String name) {
        String n = name.strip();
        if (n.length() <= MAX_NAME) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        String extension = dot >= 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
        return n.substring(0, MAX_NAME - extension.length()) + extension;
    }
}
