package vn.cchc.tracker.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A multipart body the servlet container refused as over its size limits. Nothing can be written from such a request
 * — the upload pages and the import API answer it “the file is too large” — so the CSRF check lets it through to say
 * so, although its token, a field of the refused body, cannot be read (SecurityConfiguration). The upload filter
 * ({@code importing.web.UploadLimitFilter}) marks the request before any other filter reads a parameter.
 */
public final class OversizedUploads {

    private static final String REFUSED = OversizedUploads.class.getName() + ".REFUSED";

    private OversizedUploads() {}

    public static void markRefused(HttpServletRequest request) {
        request.setAttribute(REFUSED, Boolean.TRUE);
    }

    public static boolean refused(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(REFUSED));
    }

    /** The container's own words for a body over its size limits, anywhere in the cause chain. */
    public static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String m = message.toLowerCase(Locale.ROOT);
                if (m.contains("exceed") && (m.contains("size") || m.contains("length"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
