package vn.cchc.tracker.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.support.NotFoundException;

@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentRepository documents;

    public DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Documents grouped by their province's GSO code, oldest first. */
    public Map<String, List<Document>> documentsByProvinceCode() {
        return documents.findAllWithProvince().stream()
                .collect(
                        Collectors.groupingBy(d -> d.getProvince().getCode(), LinkedHashMap::new, Collectors.toList()));
    }

    public List<Document> documentsOf(String provinceCode) {
        return documents.findByProvinceCode(provinceCode);
    }

    public Document document(long id) {
        return documents
                .findWithProvinceById(id)
                .orElseThrow(() -> new NotFoundException("error.document.notFound", id));
    }
}
