package vn.cchc.tracker.support.web;

import java.beans.PropertyEditorSupport;
import java.util.List;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every string a controller binds — query parameter, path variable, form field, each value of a repeated parameter
 * bound to a list — arrives trimmed, and blank as {@code null}, so controllers and forms test only for {@code null}.
 * Passwords are taken exactly as typed: a space may be part of one.
 */
@ControllerAdvice
public class TrimmedRequestStrings {

    /** The form fields holding passwords, whatever the form. */
    static final List<String> PASSWORD_FIELDS = List.of("password", "currentPassword", "newPassword");

    @InitBinder
    public void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(List.class, new TrimmedList());
        for (String field : PASSWORD_FIELDS) {
            binder.registerCustomEditor(String.class, field, new AsTyped());
        }
    }

    /** A list whose strings are trimmed, blank ones {@code null}; one value is split at commas, as Spring does. */
    private static final class TrimmedList extends CustomCollectionEditor {

        TrimmedList() {
            super(List.class);
        }

        @Override
        public void setAsText(String text) {
            setValue(StringUtils.commaDelimitedListToStringArray(text));
        }

        @Override
        protected Object convertElement(Object element) {
            if (element instanceof String text) {
                String trimmed = text.strip();
                return trimmed.isEmpty() ? null : trimmed;
            }
            return element;
        }
    }

    /** A string as it was sent. */
    private static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
