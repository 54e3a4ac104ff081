package vn.cchc.tracker.indicator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final ReformAreaRepository reformAreas;

    public IndicatorService(IndicatorRepository indicators, ReformAreaRepository reformAreas) {
        this.indicators = indicators;
        this.reformAreas = reformAreas;
    }

    /** The whole catalogue, levels loaded, ordered by reform area then code. */
    public List<Indicator> catalogue() {
        return indicators.findAllWithReformAreaAndLevels();
    }

    public List<ReformArea> reformAreas() {
        return reformAreas.findAllByOrderByPosition();
    }
}
