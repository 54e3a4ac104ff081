package vn.cchc.tracker.support.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.cchc.tracker.support.BadParameterException;

/**
 * Refuses any request parameter (query string or form field, name or value) holding a NUL character, which PostgreSQL
 * cannot store in text: 400 naming the field, as page or {@link ApiError}, before any controller or form sees it. One
 * check for every form and endpoint. Multipart bodies are left to the upload, which reads the file name itself
 * ({@code tablefile.UploadedFile}); parsing them here would pre-empt the uploads' own size and format answers.
 */
public class NulCharacterGuard implements HandlerInterceptor {

    private static final char NUL = '\u0000';

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page of a refused request still has its parameters; it must answer, not refuse them again
            return true;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf(NUL) >= 0) {
                throw new BadParameterException(printable(name), "error.parameter.nul", printable(name));
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf(NUL) >= 0) {
                    throw new BadParameterException(name, "error.parameter.nul", name);
                }
            }
        }
        return true;
    }

    private static String printable(String text) {
        return text.replace(NUL, '\uFFFD');
    }
}
