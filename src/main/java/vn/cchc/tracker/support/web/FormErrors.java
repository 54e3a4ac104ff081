package vn.cchc.tracker.support.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import vn.cchc.tracker.support.InvalidInputException;
import vn.cchc.tracker.support.Violation;

/** Puts the violations a service found next to the form fields they belong to (or above the form). */
public final class FormErrors {

    private FormErrors() {}

    public static void bind(InvalidInputException e, BindingResult result) {
        e.violations().forEach(v -> bind(v, result));
    }

    public static void bind(Violation v, BindingResult result) {
        Object target = result.getTarget();
        String field = v.field();
        boolean known = target != null && new BeanWrapperImpl(target).isReadableProperty(field);
        if (known) {
            result.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
        } else {
            result.reject(v.messageKey(), v.args(), v.messageKey());
        }
    }
}
