package vn.cchc.tracker.config;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers some requests itself, before any filter runs (an encoded slash in the path, too many
 * parameters, a malformed request line): its error report then gets the same security headers as every page
 * (Content-Security-Policy, nosniff, frame and referrer rules) and says nothing about the server.
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
            super.report(request, response, throwable);
        }
    }
}
