package vn.cchc.tracker.indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface IndicatorRepository extends JpaRepository<Indicator, String> {

    @Query("select i from Indicator i join fetch i.reformArea a order by a.position, i.code")
    List<Indicator> findAllWithReformArea();
}
