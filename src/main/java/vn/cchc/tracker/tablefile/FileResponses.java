package vn.cchc.tracker.tablefile;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloads: the right content type, a file name that survives any browser, and no caching of live data. */
public final class FileResponses {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private FileResponses() {}

    public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, ExportFormat format) {
        return file(body, fileName + "." + format.extension(), MediaType.parseMediaType(format.contentType()), false);
    }

    public static ResponseEntity<byte[]> file(byte[] body, String fileName, MediaType type, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
