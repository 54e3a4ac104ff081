package vn.cchc.tracker.document.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditRecord;
import vn.cchc.tracker.audit.AuditService;
import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.support.NotFoundException;

/** A document's change history (logged-in users). */
@Controller
class DocumentHistoryController {

    private final AuditService audit;
    private final DocumentService documents;

    DocumentHistoryController(AuditService audit, DocumentService documents) {
        this.audit = audit;
        this.documents = documents;
    }

    /** A deleted document still has its history: the page then shows the trail without the document's details. */
    @GetMapping("/documents/{id}/history")
    String history(@PathVariable long id, Model model) {
        List<AuditRecord> events = audit.history(AuditEntityType.DOCUMENT, id);
        Document document = null;
        try {
            document = documents.document(id);
        } catch (NotFoundException e) {
            if (events.isEmpty()) {
                throw e;
            }
        }
        model.addAttribute("document", document);
        model.addAttribute("documentId", id);
        model.addAttribute("events", events);
        return "audit/document-history";
    }
}
