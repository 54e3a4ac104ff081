package vn.cchc.tracker.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    @Query("select d from Document d join fetch d.province order by d.province.code, d.issueDate, d.id")
    List<Document> findAllWithProvince();

    @Query("select d from Document d join fetch d.province p where p.code = :code order by d.issueDate, d.id")
    List<Document> findByProvinceCode(String code);

    @Query("select d from Document d join fetch d.province p left join fetch p.successor where d.id = :id")
    Optional<Document> findWithProvinceById(long id);
}
