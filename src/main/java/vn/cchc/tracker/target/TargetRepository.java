package vn.cchc.tracker.target;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

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
}
