package vn.cchc.tracker.importing.web;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.importing.ImportTemplateService;
import vn.cchc.tracker.tablefile.ExportFormat;
import vn.cchc.tracker.tablefile.FileResponses;

/** The empty yearly-results templates, CSV and Excel. */
@Controller
class ImportTemplateController {

    static final String FILE_NAME = "mau-nhap-ket-qua";

    private final ImportTemplateService templates;

    ImportTemplateController(ImportTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping("/import/template.csv")
    ResponseEntity<byte[]> csv() {
        return FileResponses.attachment(templates.csv(), FILE_NAME, ExportFormat.CSV);
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        return FileResponses.attachment(templates.xlsx(locale), FILE_NAME, ExportFormat.XLSX);
    }
}
