package vn.cchc.tracker.target.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.tracker.audit.AuditEntityType;
import vn.cchc.tracker.audit.AuditRecord;
import vn.cchc.tracker.audit.AuditService;
import vn.cchc.tracker.support.NotFoundException;
import vn.cchc.tracker.target.Target;
import vn.cchc.tracker.target.TargetService;

/** A target's change history (logged-in users). */
@Controller
class TargetHistoryController {

    private final AuditService audit;
    private final TargetService targets;

    TargetHistoryController(AuditService audit, TargetService targets) {
        this.audit = audit;
        this.targets = targets;
    }

    /** A deleted target still has its history: the page then shows the trail without the target's details. */
    @GetMapping("/targets/{id}/history")
    String history(@PathVariable long id, Model model) {
        List<AuditRecord> events = audit.history(AuditEntityType.TARGET, id);
        Target target = null;
        try {
            target = targets.target(id);
        } catch (NotFoundException e) {
            if (events.isEmpty()) {
                throw e;
            }
        }
        model.addAttribute("target", target);
        model.addAttribute("targetId", id);
        model.addAttribute("events", events);
        return "audit/target-history";
    }
}
