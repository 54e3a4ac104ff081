package vn.cchc.tracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.WebDataBinder;
import vn.cchc.tracker.testing.UnitTest;

/** Binding trims every string and makes blank ones null, in lists too, but takes passwords as typed. */
@UnitTest
class TrimmedRequestStringsTest {

    /** A form with a text field, a list and the password fields. */
    public static class Form {
        private String name = "unset";
        private List<String> codes;
        private String password;
        private String currentPassword;
        private String newPassword;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getCodes() {
            return codes;
        }

        public void setCodes(List<String> codes) {
            this.codes = codes;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    private Form bind(MutablePropertyValues values) {
        Form form = new Form();
        WebDataBinder binder = new WebDataBinder(form, "form");
        binder.setConversionService(new DefaultFormattingConversionService()); // as in the application
        new TrimmedRequestStrings().trimStrings(binder);
        binder.bind(values);
        return form;
    }

    @Test
    void stringsArriveTrimmedAndBlankAsNull() {
        assertThat(bind(new MutablePropertyValues().add("name", "  Đắk Nông \t"))
                        .getName())
                .isEqualTo("Đắk Nông");
        assertThat(bind(new MutablePropertyValues().add("name", "   ")).getName())
                .isNull();
        assertThat(bind(new MutablePropertyValues().add("codes", new String[] {" 67 ", "", "45"}))
                        .getCodes())
                .containsExactly("67", null, "45");
        assertThat(bind(new MutablePropertyValues().add("codes", "67, 45")).getCodes())
                .containsExactly("67", "45");
        assertThat(bind(new MutablePropertyValues().add("codes", "")).getCodes())
                .isEmpty();
    }

    @Test
    void passwordsAreTakenAsTyped() {
        Form form = bind(new MutablePropertyValues()
                .add("password", " secret ")
                .add("currentPassword", "  ")
                .add("newPassword", "new one "));

        assertThat(form.getPassword()).isEqualTo(" secret ");
        assertThat(form.getCurrentPassword()).isEqualTo("  ");
        assertThat(form.getNewPassword()).isEqualTo("new one ");
    }
}
