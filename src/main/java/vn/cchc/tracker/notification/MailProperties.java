package vn.cchc.tracker.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cchc.mail.*} (environment variables {@code CCHC_MAIL_*}): the SMTP server notices are e-mailed through. No
 * host: no e-mail at all, the in-app notices still appear. {@code baseUrl} begins the links in the mails.
 */
@ConfigurationProperties("cchc.mail")
public record MailProperties(
        String host,
        Integer port,
        String username,
        String password,
        String from,
        Boolean starttls,
        String baseUrl,
        String language) {

    public MailProperties {
        port = port == null ? 25 : port;
        from = blank(from) ? "cchc-tracker@localhost" : from.strip();
        starttls = starttls != null && starttls;
        baseUrl = blank(baseUrl) ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        language = blank(language) ? "vi" : language.strip();
    }

    public boolean enabled() {
        return !blank(host);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
