package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersOrMore() {
        assertThat(PasswordPolicy.check("p", "mười-ký-tự", "user")).isEmpty();
    }

    @Test
    void refusesShortEmptyOverlongAndUsernamePasswords() {
        assertThat(PasswordPolicy.check("p", "short", "u"))
                .extracting(v -> v.messageKey())
                .containsExactly("account.error.password.short");
        assertThat(PasswordPolicy.check("p", " ", "u"))
                .extracting(v -> v.messageKey())
                .containsExactly("account.error.password.required");
        assertThat(PasswordPolicy.check("p", "ư".repeat(40), "u"))
                .extracting(v -> v.messageKey())
                .containsExactly("account.error.password.long");
        assertThat(PasswordPolicy.check("p", "Editor.DakNong", "editor.daknong"))
                .extracting(v -> v.messageKey())
                .containsExactly("account.error.password.username");
    }
}
