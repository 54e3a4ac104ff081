package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

/**
 * The start-up accounts' checks on the first admin, without Spring: when it is required (as in the prod profile,
 * see {@link ProdProfileTest}) and missing, or when its password is weak, the bean refuses to be created.
 */
@UnitTest
class StartupAccountsTest {

    private static StartupAccounts startup(boolean required, String username, String password) {
        return new StartupAccounts(
                null, new AccountProperties(false, new AccountProperties.FirstAdmin(required, username, password)));
    }

    @Test
    void refusesToStartWithoutTheFirstAdminFromTheEnvironment() {
        assertThatThrownBy(() -> startup(true, "", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set CCHC_ADMIN_USERNAME and CCHC_ADMIN_PASSWORD");
        assertThatThrownBy(() -> startup(true, "chief", "")).hasMessageContaining("CCHC_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakAdminPassword() {
        assertThatThrownBy(() -> startup(true, "chief", "short"))
                .hasMessageContaining("CCHC_ADMIN_PASSWORD is not acceptable");
    }

    @Test
    void startsWithTheVariablesOrWhenNotRequired() {
        assertThatCode(() -> startup(true, "chief", "a-long-prod-password")).doesNotThrowAnyException();
        assertThatCode(() -> startup(false, null, null)).doesNotThrowAnyException();
    }
}
