package vn.cchc.tracker.target;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.support.NotFoundException;

@Service
@Transactional(readOnly = true)
public class TargetService {

    private final TargetRepository targets;

    public TargetService(TargetRepository targets) {
        this.targets = targets;
    }

    /** Every target of the units under one GSO code, documents and indicators loaded. */
    public List<Target> targetsOfProvince(String provinceCode) {
        return targets.findByProvinceCode(provinceCode);
    }

    /** One target with its document, province and indicator loaded. */
    public Target target(long id) {
        return targets.findWithDocumentById(id).orElseThrow(() -> new NotFoundException("target.error.notFound", id));
    }

    /** How many yearly values exist for the target's province and indicator. */
    public int measurementsBehind(Target target) {
        return targets.countMeasurements(
                target.getDocument().getProvince().getCode(),
                target.getIndicator().getCode());
    }
}
