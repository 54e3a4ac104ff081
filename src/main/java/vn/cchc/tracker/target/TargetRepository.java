package vn.cchc.tracker.target;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("""
            select t from Target t join fetch t.indicator i join fetch i.reformArea
            where t.document.id = :documentId order by t.position, t.id""")
    List<Target> findByDocumentId(long documentId);

    @Query("""
            select t from Target t join fetch t.document d join fetch d.province p
              join fetch t.indicator i join fetch i.reformArea
            where p.code = :provinceCode order by d.issueDate, d.id, t.position, t.id""")
    List<Target> findByProvinceCode(String provinceCode);

    @Query("""
            select t from Target t join fetch t.document d join fetch d.province p
              join fetch t.indicator i join fetch i.reformArea
            order by p.code, d.issueDate, d.id, t.position, t.id""")
    List<Target> findAllWithDocumentAndIndicator();

    @Query("""
            select t from Target t join fetch t.document d join fetch d.province p
              join fetch t.indicator i join fetch i.reformArea
            where t.id = :id""")
    Optional<Target> findWithDocumentById(long id);

    /** Yearly values recorded for the target's province code and indicator: what a target "has behind it". */
    @Query(nativeQuery = true, value = """
            select count(*) from measurement m join province p on p.id = m.province_id
            where p.code = :provinceCode and m.indicator_code = :indicatorCode""")
    int countMeasurements(String provinceCode, String indicatorCode);

    @Query(nativeQuery = true, value = "select coalesce(max(position), 0) from target where document_id = :documentId")
    int maxPosition(long documentId);
}
