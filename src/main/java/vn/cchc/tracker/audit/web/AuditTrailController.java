package vn.cchc.tracker.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.tracker.audit.AuditFilter;
import vn.cchc.tracker.audit.AuditService;
import vn.cchc.tracker.province.ProvinceService;

/**
 * The whole audit trail, searchable by user, province and dates. Admins only: {@code /admin/**} is closed to every
 * other role by the security configuration (checked for every endpoint by {@code AuthorizationMatrixTest}).
 */
@Controller
class AuditTrailController {

    private final AuditService audit;
    private final ProvinceService provinces;

    AuditTrailController(AuditService audit, ProvinceService provinces) {
        this.audit = audit;
        this.provinces = provinces;
    }

    @GetMapping("/admin/audit")
    String trail(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditFilter filter = new AuditFilter(user, province, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("result", audit.search(filter, page));
        model.addAttribute("actors", audit.actors());
        model.addAttribute("provinces", provinces.profiles());
        return "audit/trail";
    }
}
