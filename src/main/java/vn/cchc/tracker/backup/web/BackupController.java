package vn.cchc.tracker.backup.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.backup.FullDataExportService;
import vn.cchc.tracker.tablefile.FileResponses;

/** The full data export: every province, document, target and result as a zip that the restore reads back. */
@Controller
class BackupController {

    private final FullDataExportService fullData;

    BackupController(FullDataExportService fullData) {
        this.fullData = fullData;
    }

    @GetMapping("/export/all.zip")
    ResponseEntity<byte[]> all() {
        return FileResponses.file(fullData.exportZip(), fullData.fileName(), FileResponses.ZIP, false);
    }
}
