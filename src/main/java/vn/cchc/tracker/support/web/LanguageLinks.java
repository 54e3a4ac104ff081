package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to the current page in each language, keeping its filters, for the layout's language switch. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        return new Links(link(request, "vi"), link(request, "en"));
    }

    private static String link(HttpServletRequest request, String lang) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    record Links(String vi, String en) {}
}
