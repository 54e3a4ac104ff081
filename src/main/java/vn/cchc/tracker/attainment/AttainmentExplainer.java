package vn.cchc.tracker.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import vn.cchc.tracker.attainment.rules.AttainmentExplanation;
import vn.cchc.tracker.attainment.rules.AttainmentResult;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.AttainmentTarget;
import vn.cchc.tracker.attainment.rules.UnitEnd;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.support.DecimalText;
import vn.cchc.tracker.target.Comparison;

/**
 * Puts an attainment result into one sentence in the reader's language, from templates under
 * {@code attainment.*} in the message bundles. Numbers are written the English way for {@code en}
 * (81.21; 1,234.5) and the Vietnamese way otherwise (81,21; 1.234,5) — the product's default language, as in
 * {@code support.NumberFormats} — with trailing zeros dropped.
 * Plain class: give it any {@link MessageSource} (a {@code StaticMessageSource} will do in tests).
 */
public final class AttainmentExplainer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public AttainmentExplainer(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * One sentence saying where the target stands and why.
     *
     * @param levelLabel turns a stored group level name into the one to show (e.g. its English name)
     */
    public String explain(AttainmentResult result, Locale locale, UnaryOperator<String> levelLabel) {
        return explain(result.explanation(), locale, levelLabel);
    }

    /** One sentence for an explanation; see {@link #explain(AttainmentResult, Locale, UnaryOperator)}. */
    public String explain(AttainmentExplanation e, Locale locale, UnaryOperator<String> levelLabel) {
        Objects.requireNonNull(locale, "locale");
        String judged = "";
        if (e.judgedValue() != null) {
            judged = value(e.unitKind(), formatNumber(e.judgedValue(), locale), locale);
        } else if (e.judgedLevel() != null) {
            judged = value(UnitKind.GROUP, label(levelLabel, e.judgedLevel()), locale);
        }
        String projected =
                e.projectedValue() == null ? "" : value(e.unitKind(), formatNumber(e.projectedValue(), locale), locale);
        String progressNote = "";
        if (e.projectedProgress() != null) {
            progressNote = " "
                    + (e.projectedProgress().signum() < 0
                            ? message("attainment.projectedProgress.away", locale)
                            : message("attainment.projectedProgress", locale, percent(e.projectedProgress(), locale)));
        }
        return message(
                e.reason().messageKey(),
                locale,
                year(e.judgedYear()), // {0}
                judged, // {1}
                threshold(e, locale, levelLabel), // {2}
                year(e.deadlineYear()), // {3}
                projected, // {4}
                progressNote, // {5}
                year(e.baselineYear()), // {6}
                year(e.cutoffYear()), // {7}
                e.unknownLevel() == null ? "" : label(levelLabel, e.unknownLevel()), // {8}
                year(e.evaluationYear()), // {9}
                e.unitEnd() == null ? "" : e.unitEnd().unitName(), // {10}
                e.unitEnd() == null ? "" : successor(e.unitEnd(), locale), // {11}
                e.unitEnd() == null ? "" : DAY.format(e.unitEnd().successorFrom())); // {12}
    }

    /** "Lâm Đồng (68)", or a word saying no successor is recorded. */
    private String successor(UnitEnd end, Locale locale) {
        return end.successorName() == null
                ? message("attainment.successor.none", locale)
                : end.successorName() + " (" + end.successorCode() + ")";
    }

    /**
     * Where the judged result stands against the straight path from start to goal (rule 7): "ahead of the straight
     * path by 1.2 points", or {@code null} without an expected value or a judged number.
     */
    public String pathText(AttainmentExplanation e, Locale locale) {
        if (e.expectedValue() == null || e.judgedValue() == null) {
            return null;
        }
        BigDecimal difference = e.judgedValue().subtract(e.expectedValue());
        // ahead means closer to the goal than the path: the goal's direction from the start decides the sign
        int direction = e.goal().compareTo(e.start());
        int side = difference.signum() * (direction == 0 ? 1 : direction);
        if (side == 0) {
            return message("attainment.path.on", locale);
        }
        String amount = formatValue(
                e.unitKind() == UnitKind.RANK ? UnitKind.COUNT : e.unitKind(),
                difference.abs().setScale(2, RoundingMode.HALF_UP),
                locale);
        return message(side > 0 ? "attainment.path.ahead" : "attainment.path.behind", locale, amount);
    }

    /** The target's threshold in words, e.g. "≥ 90%", "hạng 37 trở lên", "giảm ít nhất 10% so với 2021". */
    public String threshold(AttainmentExplanation e, Locale locale, UnaryOperator<String> levelLabel) {
        return threshold(
                e.comparison(),
                e.unitKind(),
                e.thresholdValue(),
                e.thresholdLevel(),
                e.baselineYear(),
                locale,
                levelLabel);
    }

    /** A target's threshold in words, e.g. "≥ 90%", "hạng 37 trở lên", "nhóm khá trở lên". */
    public String threshold(AttainmentTarget target, Locale locale, UnaryOperator<String> levelLabel) {
        return threshold(
                target.comparison(),
                target.unitKind(),
                target.thresholdValue(),
                target.thresholdLevel(),
                target.baselineYear(),
                locale,
                levelLabel);
    }

    private String threshold(
            Comparison comparison,
            UnitKind unit,
            BigDecimal value,
            String level,
            Integer baselineYear,
            Locale locale,
            UnaryOperator<String> levelLabel) {
        String key = "attainment.threshold." + comparison.name();
        switch (comparison) {
            case GROUP_AT_LEAST:
                return message(key, locale, label(levelLabel, level));
            case RANK_AT_BEST:
                return message(key, locale, formatNumber(value, locale));
            case REDUCE_BY_PERCENT:
                return message(
                        key, locale, value(UnitKind.PERCENT, formatNumber(value, locale), locale), year(baselineYear));
            default:
                return message(key, locale, value(unit, formatNumber(value, locale), locale));
        }
    }

    /** The label of a status, e.g. "Chậm tiến độ" / "Off track". */
    public String statusLabel(AttainmentStatus status, Locale locale) {
        return message(status.messageKey(), locale);
    }

    /** A number with its unit, e.g. "81,21%", "hạng 37", "85 điểm". */
    public String formatValue(UnitKind unit, BigDecimal number, Locale locale) {
        return value(unit, formatNumber(number, locale), locale);
    }

    /** A number for reading, in the locale's style; see {@link DecimalText#format(BigDecimal, Locale)}. */
    public static String formatNumber(BigDecimal number, Locale locale) {
        return DecimalText.format(number, locale);
    }

    /** A fraction as a whole percentage, e.g. 0.3391 → "34%". */
    private static String percent(BigDecimal fraction, Locale locale) {
        return formatNumber(fraction.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP), locale) + "%";
    }

    private String value(UnitKind unit, String formatted, Locale locale) {
        return message("attainment.value." + unit.name(), locale, formatted);
    }

    /** The label to show for a stored level name; the name itself when the mapping has none. */
    private static String label(UnaryOperator<String> levelLabel, String level) {
        String shown = levelLabel.apply(level);
        return shown == null ? level : shown;
    }

    private static String year(Integer year) {
        return year == null ? "" : Integer.toString(year); // never through MessageFormat: 2025 must not become "2,025"
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
