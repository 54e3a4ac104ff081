package vn.cchc.tracker.measurement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.tracker.measurement.SourceService;

/** The provenance page: every source of the stored results, by publisher, with counts. Public like every read page. */
@Controller
class SourcesController {

    private final SourceService sources;

    SourcesController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("publishers", sources.publishers());
        return "sources/list";
    }
}
