package vn.cchc.tracker.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cchc.tracker.document.Document;
import vn.cchc.tracker.document.DocumentService;
import vn.cchc.tracker.target.TargetService;

@Controller
class DocumentController {

    private final DocumentService documents;
    private final TargetService targets;

    DocumentController(DocumentService documents, TargetService targets) {
        this.documents = documents;
        this.targets = targets;
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        Document document = documents.document(id);
        model.addAttribute("document", document);
        model.addAttribute("targets", targets.targetsOf(id));
        return "documents/detail";
    }
}
