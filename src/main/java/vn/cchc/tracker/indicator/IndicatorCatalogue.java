package vn.cchc.tracker.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the indicator catalogue, in the catalogue's order (reform area, then code): what a batch of values,
 * an import or a restore is checked against, and where the attainment evaluation and the dashboards take names,
 * units and levels from. Plain Java, so the checks run without Spring or a database.
 */
public final class IndicatorCatalogue {

    private final Map<String, IndicatorSpec> byCode = new LinkedHashMap<>();

    public IndicatorCatalogue(Collection<IndicatorSpec> indicators) {
        indicators.forEach(i -> byCode.put(i.code(), i));
    }

    public Optional<IndicatorSpec> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** What the indicator's values may be; empty for an unknown code. */
    public Optional<ValueSpec> values(String code) {
        return find(code).map(IndicatorSpec::values);
    }

    public List<IndicatorSpec> all() {
        return List.copyOf(byCode.values());
    }

    /** This catalogue and some more indicators (a backup's new ones), those after the catalogue's. */
    public IndicatorCatalogue with(Collection<IndicatorSpec> more) {
        List<IndicatorSpec> all = new ArrayList<>(byCode.values());
        all.addAll(more);
        return new IndicatorCatalogue(all);
    }
}
