package vn.cchc.tracker.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReformAreaRepository extends JpaRepository<ReformArea, String> {

    List<ReformArea> findAllByOrderByPosition();
}
