package vn.cchc.tracker.province;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

    @Query("select p from Province p left join fetch p.successor order by p.code, p.validFrom")
    List<Province> findAllWithSuccessor();
}
