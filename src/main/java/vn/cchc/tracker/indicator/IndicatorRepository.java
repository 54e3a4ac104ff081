package vn.cchc.tracker.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, String> {

    /** The catalogue with reform areas and group levels in one statement. */
    @Query(
            "select distinct i from Indicator i join fetch i.reformArea a left join fetch i.levels order by a.position, i.code")
    List<Indicator> findAllWithReformAreaAndLevels();
}
