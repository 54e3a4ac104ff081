package vn.cchc.tracker.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentReason;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.indicator.UnitKind;
import vn.cchc.tracker.target.Comparison;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class AttainmentMessagesTest {

    private final Map<String, String> vi = AttainmentMessages.attainmentEntries("vi");
    private final Map<String, String> en = AttainmentMessages.attainmentEntries("en");

    @Test
    void everyAttainmentKeyIsInBothLanguages() {
        assertThat(vi.keySet()).isNotEmpty().isEqualTo(en.keySet());
    }

    @Test
    void everyStatusReasonComparisonAndUnitHasItsTemplates() {
        List<String> needed =
                new ArrayList<>(List.of("attainment.projectedProgress", "attainment.projectedProgress.away"));
        for (AttainmentStatus status : AttainmentStatus.values()) {
            needed.add(status.messageKey());
        }
        for (AttainmentReason reason : AttainmentReason.values()) {
            needed.add(reason.messageKey());
        }
        for (Comparison comparison : Comparison.values()) {
            needed.add("attainment.threshold." + comparison.name());
        }
        for (UnitKind unit : UnitKind.values()) {
            needed.add("attainment.value." + unit.name());
        }

        assertThat(vi).containsKeys(needed.toArray(String[]::new));
        assertThat(en).containsKeys(needed.toArray(String[]::new));
    }

    @Test
    void statusLabelsAreTheAgreedWords() {
        assertThat(vi)
                .containsEntry("attainment.status.MET", "Đạt")
                .containsEntry("attainment.status.ON_TRACK", "Đúng tiến độ")
                .containsEntry("attainment.status.AT_RISK", "Có nguy cơ")
                .containsEntry("attainment.status.OFF_TRACK", "Chậm tiến độ")
                .containsEntry("attainment.status.MISSED", "Không đạt")
                .containsEntry("attainment.status.NO_DATA", "Chưa có dữ liệu");
        assertThat(en)
                .containsEntry("attainment.status.MET", "Met")
                .containsEntry("attainment.status.ON_TRACK", "On track")
                .containsEntry("attainment.status.AT_RISK", "At risk")
                .containsEntry("attainment.status.OFF_TRACK", "Off track")
                .containsEntry("attainment.status.MISSED", "Missed")
                .containsEntry("attainment.status.NO_DATA", "No data");
    }

    @Test
    void templatesHaveNoApostrophesThatMessageFormatWouldSwallow() {
        assertThat(vi.values()).noneMatch(template -> template.contains("'"));
        assertThat(en.values()).noneMatch(template -> template.contains("'"));
    }
}
