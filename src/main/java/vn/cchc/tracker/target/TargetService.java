package vn.cchc.tracker.target;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class TargetService {

    private final TargetRepository targets;

    public TargetService(TargetRepository targets) {
        this.targets = targets;
    }

    /** A document's targets in the order the document states them, indicators loaded. */
    public List<Target> targetsOf(long documentId) {
        return targets.findByDocumentId(documentId);
    }

    /** Every target of the units under one GSO code, documents and indicators loaded. */
    public List<Target> targetsOfProvince(String provinceCode) {
        return targets.findByProvinceCode(provinceCode);
    }
}
