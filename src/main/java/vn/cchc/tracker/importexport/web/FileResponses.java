package vn.cchc.tracker.importexport.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import vn.cchc.tracker.importexport.ExportFormat;

/** Downloads: the right content type, a file name that survives any browser, and no caching of live data. */
final class FileResponses {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private FileResponses() {
    }

    static ResponseEntity<byte[]> attachment(byte[] body, String fileName, ExportFormat format) {
        return file(body, fileName + "." + format.extension(), MediaType.parseMediaType(format.contentType()), false);
    }

    static ResponseEntity<byte[]> file(byte[] body, String fileName, MediaType type, boolean inline) {
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
