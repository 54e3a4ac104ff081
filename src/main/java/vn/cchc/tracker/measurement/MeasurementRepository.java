package vn.cchc.tracker.measurement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    @Query("""
            select m from Measurement m join fetch m.province p join fetch m.indicator
            where p.code = :provinceCode order by m.indicator.code, m.year""")
    List<Measurement> findByProvinceCode(String provinceCode);

    /** The values of the units under one code in the given years, newer units last. */
    @Query("""
            select m from Measurement m join fetch m.province p join fetch m.indicator
            where p.code = :provinceCode and m.year in :years order by m.year, m.indicator.code, p.validFrom nulls first""")
    List<Measurement> findByProvinceCodeAndYears(String provinceCode, Collection<Integer> years);
}
