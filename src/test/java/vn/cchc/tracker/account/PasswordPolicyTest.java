package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "mười-hai-ký-tự, user",
        "đồng bằng sông cửu long, editor.daknong",
        // no composition rules: twelve lower-case letters are enough when they are not common
        "chimcanhcutx, admin"
    })
    void acceptsTwelveCharactersOrMoreWithoutCompositionRules(String password, String username) {
        assertThat(PasswordPolicy.check("p", password, username)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "' '                         | u                 | account.error.password.required",
                "short                       | u                 | account.error.password.short",
                "1234567890                  | u                 | account.error.password.short",
                "password12                  | u                 | account.error.password.short",
                "mười-một-kt                 | u                 | account.error.password.short",
                "Editor.DakNong              | editor.daknong    | account.error.password.containsUsername",
                "editor.daknongeditor.daknong| editor.daknong    | account.error.password.containsUsername",
                "my-new-admin-password       | admin             | account.error.password.containsUsername",
                "admin-demo-2026             | test.editor       | account.error.password.demo",
                "Editor-Demo-2026            | test.editor       | account.error.password.demo",
                "qwerty123456                | u                 | account.error.password.common",
                "1q2w3e4r5t6y                | u                 | account.error.password.common",
                "LeaveMeAlone                | u                 | account.error.password.common"
            })
    void refuses(String password, String username, String messageKey) {
        assertThat(PasswordPolicy.check("p", password, username))
                .extracting(v -> v.messageKey())
                .containsExactly(messageKey);
    }

    @org.junit.jupiter.api.Test
    void refusesWhatBcryptWouldCut() {
        assertThat(PasswordPolicy.check("p", "ư".repeat(40), "u"))
                .extracting(v -> v.messageKey())
                .containsExactly("account.error.password.long");
    }
}
