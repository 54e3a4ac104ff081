package vn.cchc.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.attainment.AttainmentExplainer;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.indicator.NationalRanking;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.province.ProvinceProfile;
import vn.cchc.tracker.support.Languages;

/**
 * The words the dashboards share: values as the reader writes them, headline indices, and the parts of a chart
 * (its axes, points and the summary that is its text alternative).
 */
@Component
class DashboardTexts {

    private final MessageSource messages;
    private final AttainmentExplainer explainer;

    DashboardTexts(MessageSource messages) {
        this.messages = messages;
        this.explainer = new AttainmentExplainer(messages);
    }

    /** @param national each value's place in its year's national table, by indicator code, where known */
    List<HeadlineValue> headline(Map<String, SeriesPoint> latest, Map<String, String> national, Locale locale) {
        return HeadlineValue.INDICATORS.stream()
                .map(code -> {
                    SeriesPoint p = latest.get(code);
                    return p == null
                            ? new HeadlineValue(code, null, null)
                            : new HeadlineValue(code, text(p, locale), p.year(), p.computed(), national.get(code));
                })
                .toList();
    }

    /**
     * A measured value as the reader writes it: "81,21%", "hạng 12", or the group level's name; a rank computed from
     * the national table with its N ("hạng 58/61").
     */
    String text(SeriesPoint p, Locale locale) {
        if (p.number() != null && p.computedStanding() && p.unitKind() == UnitKind.RANK) {
            return message(
                    "dashboard.compare.rankOf",
                    locale,
                    AttainmentExplainer.formatNumber(p.number(), locale),
                    p.scored());
        }
        if (p.number() != null) {
            return value(p.unitKind(), p.number(), locale);
        }
        return Languages.isEnglish(locale) && p.levelEn() != null ? p.levelEn() : p.level();
    }

    /**
     * A value's place in its year's national table: "hạng 12/63; toàn quốc: trung vị …, cao nhất …, thấp nhất …",
     * led by the score's name and value when the value shown is a rank or group computed from it; {@code null} when
     * the year's table is not complete enough or the unit has no score that year.
     */
    String nationalContext(
            IndicatorInfo indicator, boolean ofTheScore, NationalRanking table, SeriesPoint own, Locale locale) {
        if (table == null || own == null || own.number() == null) {
            return null;
        }
        String context = message(
                "dashboard.national.context",
                locale,
                table.rankOf(own.number()).orElseThrow(),
                table.scored(),
                value(indicator.unitKind(), table.median().orElseThrow(), locale),
                value(indicator.unitKind(), table.best().orElseThrow(), locale),
                value(indicator.unitKind(), table.worst().orElseThrow(), locale));
        return ofTheScore
                ? message(
                        "dashboard.national.ofScore",
                        locale,
                        indicator.name(locale),
                        value(indicator.unitKind(), own.number(), locale),
                        context)
                : context;
    }

    String value(UnitKind unit, BigDecimal number, Locale locale) {
        return explainer.formatValue(unit, number, locale);
    }

    List<ChartSpec.Point> chartPoints(List<SeriesPoint> points, Locale locale) {
        return points.stream()
                .filter(p -> p.plotted() != null)
                .map(p -> new ChartSpec.Point(p.year(), p.plotted(), text(p, locale)))
                .toList();
    }

    /** A chart of the indicator over the years its lines span (at least three, so one point has some room). */
    ChartSpec chart(IndicatorInfo indicator, List<ChartSpec.Line> lines, int year, Locale locale) {
        int xMin = lines.stream()
                .flatMap(l -> l.points().stream())
                .mapToInt(ChartSpec.Point::x)
                .min()
                .orElse(year);
        int xMax = lines.stream()
                .flatMap(l -> l.points().stream())
                .mapToInt(ChartSpec.Point::x)
                .max()
                .orElse(year);
        if (xMin == xMax) {
            xMin--;
            xMax++;
        }
        String lang = Languages.isEnglish(locale) ? "en" : "vi";
        String axis = message("dashboard.chart.axis." + indicator.unitKind().name(), locale);
        return switch (indicator.unitKind()) {
            case RANK ->
                new ChartSpec(
                        ChartSpec.RANK,
                        lang,
                        "",
                        BigDecimal.ONE,
                        indicator.maxValue(),
                        List.of(),
                        xMin,
                        xMax,
                        lines,
                        axis);
            case GROUP ->
                new ChartSpec(
                        ChartSpec.GROUP,
                        lang,
                        "",
                        BigDecimal.ONE,
                        BigDecimal.valueOf(indicator.levels().size()),
                        indicator.levelNames(locale),
                        xMin,
                        xMax,
                        lines,
                        axis);
            default ->
                new ChartSpec(
                        ChartSpec.NUMBER,
                        lang,
                        indicator.unitKind().getSuffix(),
                        null,
                        null,
                        List.of(),
                        xMin,
                        xMax,
                        lines,
                        axis);
        };
    }

    /** The chart in words: what it shows over which years, then each series' summary. */
    String chartSummary(IndicatorInfo indicator, ChartSpec chart, List<String> summaries, Locale locale) {
        return message("dashboard.chart.label", locale, indicator.name(locale), year(chart.xMin()), year(chart.xMax()))
                + " " + String.join(" ", summaries);
    }

    /** "Đắk Nông: 80,09% (2022), 81,21% (2023); mục tiêu ≥ 90% năm 2025." */
    String seriesSummary(String name, List<SeriesPoint> points, List<TargetAttainment> targets, Locale locale) {
        String values = points.isEmpty()
                ? message("dashboard.chart.noValues", locale)
                : points.stream()
                        .map(p -> text(p, locale) + " (" + p.year() + ")")
                        .collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder(name).append(": ").append(values);
        List<String> goals =
                targets.stream().map(a -> goalText(a, locale)).distinct().toList();
        if (!goals.isEmpty()) {
            sb.append("; ").append(String.join(", ", goals));
        }
        return sb.append('.').toString();
    }

    /** "mục tiêu ≥ 90% năm 2025" */
    String goalText(TargetAttainment a, Locale locale) {
        return message(
                "dashboard.chart.target",
                locale,
                a.thresholdText(),
                year(a.target().deadlineYear()));
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String name(ProvinceProfile profile) {
        return profile.current().getNameVi();
    }

    static String year(int year) {
        return Integer.toString(year); // never through MessageFormat: 2025 must not become "2,025"
    }
}
