package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.NotFoundException;

/** Friendly pages for the errors a user can cause; anything else falls through to the generic error page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", text(e.messageKey(), e.args()));
        return "error/404";
    }

    /** A path id that is not even a number cannot name anything. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", text("error.notFound.generic"));
        return "error/404";
    }

    @ExceptionHandler(BadParameterException.class)
    String badParameter(BadParameterException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", text(e.messageKey(), e.args()));
        return "error/400";
    }

    /** A form field path the binder cannot follow, e.g. a grid row index past the form's limit. */
    @ExceptionHandler(InvalidPropertyException.class)
    String badPropertyPath(InvalidPropertyException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", text("error.parameter.unknown", e.getPropertyName()));
        return "error/400";
    }

    /** A body that claims to be multipart but cannot be read as such (an upload form's POST made by hand). */
    @ExceptionHandler(MultipartException.class)
    String badMultipart(MultipartException e, Model model, HttpServletResponse response) throws MultipartException {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e; // the upload pages answer it themselves, in their own words
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", text("error.multipart"));
        return "error/400";
    }

    /**
     * Two saves of the same record raced past the forms' own version checks. Nothing was written; the page says so
     * and links back to the form the user came from, which then shows the current values.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(jakarta.servlet.http.HttpServletRequest request, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("back", sameSitePath(request.getHeader("Referer"), request));
        return "error/409";
    }

    /** The path of a referring page of this site, or null: never send the user elsewhere. */
    private static String sameSitePath(String referer, jakarta.servlet.http.HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
