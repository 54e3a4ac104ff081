package vn.cchc.tracker.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ReformAreaRepository extends JpaRepository<ReformArea, String> {

    List<ReformArea> findAllByOrderByPosition();
}
