package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import vn.cchc.tracker.attainment.rules.AttainmentExplanation;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.TrendPoint;
import vn.cchc.tracker.indicator.UnitKind;

/**
 * "How this was computed", line by line in the reader's language: the same figures {@code GET /api/v1/attainment?
 * detail=true} gives as {@code calculation} (start, goal, the straight path, progress so far, the points and the line,
 * the projection and projected progress, the rule that decided). Lines that do not apply are left out.
 */
public final class CalculationText {

    /** One line: what it is, and its value in words. */
    public record Line(String label, String value) {}

    private final AttainmentExplainer explainer;
    private final MessageSource messages;

    public CalculationText(AttainmentExplainer explainer, MessageSource messages) {
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public List<Line> lines(AttainmentResult r, Locale locale) {
        AttainmentExplanation e = r.explanation();
        UnitKind unit = e.unitKind();
        List<Line> lines = new ArrayList<>();
        if (e.start() != null) {
            String key = e.baselineYear() != null && Objects.equals(e.startYear(), e.baselineYear())
                    ? "attainment.calc.startBaseline"
                    : "attainment.calc.startEarliest";
            lines.add(line(
                    "attainment.calc.start",
                    locale,
                    message(key, locale, value(unit, e.start(), locale), year(e.startYear()))));
        }
        if (e.goal() != null) {
            lines.add(line("attainment.calc.goal", locale, value(unit, e.goal(), locale)));
        }
        if (e.expectedValue() != null) {
            String path = explainer.pathText(e, locale);
            String expected = message(
                    "attainment.calc.expectedValue",
                    locale,
                    value(unit, e.expectedValue(), locale),
                    year(e.cutoffYear()));
            lines.add(line("attainment.calc.expected", locale, path == null ? expected : expected + "; " + path));
        }
        if (r.progress() != null) {
            lines.add(line("attainment.calc.progress", locale, percent(r.progress(), locale)));
        } else if (e.startMetGoal()) {
            lines.add(line("attainment.calc.progress", locale, message("attainment.calc.startMetGoal", locale)));
        }
        if (!e.points().isEmpty()) {
            List<String> points = new ArrayList<>();
            for (TrendPoint p : e.points()) {
                String point = p.year() + ": " + value(unit, p.value(), locale);
                points.add(p.baseline() ? point + " " + message("attainment.calc.baselinePoint", locale) : point);
            }
            lines.add(line("attainment.calc.points", locale, String.join("; ", points)));
        }
        if (e.slope() != null) {
            lines.add(line(
                    "attainment.calc.line",
                    locale,
                    message(
                            "attainment.calc.lineValue",
                            locale,
                            AttainmentExplainer.formatNumber(e.slope(), locale),
                            AttainmentExplainer.formatNumber(e.intercept(), locale))));
        }
        if (e.projectedValue() != null) {
            String projected = message(
                    "attainment.calc.projectionValue",
                    locale,
                    value(unit, e.projectedValue(), locale),
                    year(e.deadlineYear()));
            if (e.projectedProgress() != null) {
                projected += "; "
                        + message("attainment.calc.projectedProgress", locale, percent(e.projectedProgress(), locale));
            }
            lines.add(line("attainment.calc.projection", locale, projected));
        }
        lines.add(line(
                "attainment.calc.rule",
                locale,
                message(
                        "attainment.calc.ruleValue",
                        locale,
                        Integer.toString(e.reason().rule()),
                        explainer.statusLabel(r.status(), locale))));
        return List.copyOf(lines);
    }

    private Line line(String labelKey, Locale locale, String value) {
        return new Line(message(labelKey, locale), value);
    }

    private String value(UnitKind unit, BigDecimal number, Locale locale) {
        return explainer.formatValue(unit, number, locale);
    }

    private static String percent(BigDecimal fraction, Locale locale) {
        return AttainmentExplainer.formatNumber(fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP), locale)
                + "%";
    }

    private static String year(Integer year) {
        return year == null ? "" : Integer.toString(year);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
