package vn.cchc.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.tracker.testing.ApplicationTest;
import vn.cchc.tracker.testing.SqlStatementCounter;

@ApplicationTest
class IndicatorServiceTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void theWholeCatalogueWithLevelsLoadsInOneStatement() {
        List<List<String>> levels = new java.util.ArrayList<>();
        long statements =
                SqlStatementCounter.count(() -> indicators.catalogue().forEach(i -> levels.add(i.levelNames())));

        assertThat(statements).isEqualTo(1);
        assertThat(levels).contains(List.of("thấp nhất", "trung bình thấp", "trung bình cao", "cao nhất"));
    }
}
