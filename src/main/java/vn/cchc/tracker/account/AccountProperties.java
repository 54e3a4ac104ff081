package vn.cchc.tracker.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cchc.accounts.*}: whether the demo accounts are created on an empty database (default profile), and the
 * first admin taken from the environment ({@code prod} profile, where it is required).
 */
@ConfigurationProperties("cchc.accounts")
public record AccountProperties(Boolean demo, FirstAdmin firstAdmin) {

    public AccountProperties {
        demo = demo == null ? Boolean.TRUE : demo;
        firstAdmin = firstAdmin == null ? new FirstAdmin(false, null, null) : firstAdmin;
    }

    /** @param required refuse to start unless username and password are given */
    public record FirstAdmin(boolean required, String username, String password) {

        public boolean given() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
