package vn.cchc.tracker.config;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before any filter runs (an encoded slash in the path, too many
 * parameters, a malformed request line): its error report then gets the same security headers as every page
 * (Content-Security-Policy, nosniff, frame and referrer rules) and says nothing about the server; a request to the API
 * gets the API's error shape ({@code ApiError} JSON) instead.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // the host adds its error report valve when it starts, after the context is configured
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error report with the application's security headers, without server details. */
    public static class SecureErrorReportValve extends ErrorReportValve {

        public SecureErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
            }
            String uri = request.getRequestURI();
            if (uri != null && uri.startsWith("/api/")) {
                reportAsApiError(uri, response);
            } else {
                super.report(request, response, throwable);
            }
        }

        /** The API's error shape ({@code ApiError}) for a request to the API that Tomcat refused itself. */
        private static void reportAsApiError(String uri, Response response) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String reason = known == null ? "Error" : known.getReasonPhrase();
            String json = "{\"status\":" + status + ",\"error\":\"" + reason + "\",\"message\":\"" + reason
                    + "\",\"path\":\"" + jsonText(uri) + "\",\"parameter\":null,\"timestamp\":\""
                    + Instant.now() + "\"}";
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body any more: nothing left to tell
            }
        }

        private static String jsonText(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
