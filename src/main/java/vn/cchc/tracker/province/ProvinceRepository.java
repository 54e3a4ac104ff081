package vn.cchc.tracker.province;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

    @Query("select p from Province p left join fetch p.successor order by p.code, p.validFrom nulls first")
    List<Province> findAllWithSuccessor();
}
