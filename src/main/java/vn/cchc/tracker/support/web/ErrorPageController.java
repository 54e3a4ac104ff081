package vn.cchc.tracker.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error answer in the documented shape, whatever the request's {@code Accept} header asks for: {@link ApiError}
 * JSON for the API and its OpenAPI description, the HTML error page for everything else. Spring Boot's own error
 * controller chooses by {@code Accept} instead — JSON for a page asked without {@code text/html}, an empty answer for
 * {@code Accept: image/png}, an HTML page for an API client that asks for it — and answers 500 to whoever requests
 * {@code /error} itself, which here is a page that does not exist (404).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final List<ErrorViewResolver> viewResolvers;
    private final ApiErrorResponses apiErrors;

    ErrorPageController(
            ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers, ApiErrorResponses apiErrors) {
        this.errorAttributes = errorAttributes;
        this.viewResolvers = viewResolvers;
        this.apiErrors = apiErrors;
    }

    @RequestMapping
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        HttpStatus status = status(request);
        if (ApiErrorResponses.isApi(ApiErrorResponses.path(request))) {
            apiErrors.send(request, response, status, messageKey(status));
            return null;
        }
        response.setStatus(status.value());
        Map<String, Object> attributes =
                errorAttributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
        model.addAllAttributes(attributes);
        model.addAttribute("status", status.value());
        for (ErrorViewResolver resolver : viewResolvers) {
            ModelAndView view = resolver.resolveErrorView(request, status, model.asMap());
            if (view != null && view.getViewName() != null) {
                return view.getViewName();
            }
        }
        return "error";
    }

    /** The status the failed request ended with; none when {@code /error} was requested directly. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "error.400.generic";
            case UNAUTHORIZED -> "error.api.unauthorized";
            case FORBIDDEN -> "error.api.forbidden";
            case NOT_FOUND -> "error.notFound.generic";
            default -> status.is5xxServerError() ? "error.generic.text" : "error.request.text";
        };
    }
}
