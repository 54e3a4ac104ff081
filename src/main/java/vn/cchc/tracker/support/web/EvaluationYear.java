package vn.cchc.tracker.support.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.cchc.tracker.support.EvaluationYears;

/**
 * A controller argument holding the year a request asks for, from the path variable or else the query parameter
 * named {@link #value()}. An {@code int} argument is the current year when none is asked for, an {@code Integer}
 * one is {@code null} then; a year that is not one from {@link EvaluationYears#FIRST} to {@link EvaluationYears#LAST}
 * is a 400 naming the parameter ({@link EvaluationYears#resolve}). Data entry takes the {@code int} (the current
 * year); the dashboards take the {@code Integer} and default to the latest year with results (dashboard.DashboardYears).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EvaluationYear {

    /** The path variable or query parameter. */
    String value() default "year";
}
