package vn.cchc.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ScorecardFormTest {

    // request strings arrive trimmed, blank ones as null (support.web.TrimmedRequestStrings): that blank and padded
    // values are read so is checked over HTTP in exporting.web.ScorecardExportsMatchThePageTest

    @Test
    void noParametersMeanEverythingInDocumentOrder() {
        assertThat(new ScorecardForm(null, null, null, null).toFilter()).isEqualTo(ScorecardFilter.all());
    }

    @Test
    void readsEachFilter() {
        ScorecardFilter filter = new ScorecardForm("12", "PROCEDURES", "off_track", "STATUS").toFilter();

        assertThat(filter)
                .isEqualTo(new ScorecardFilter(12L, "PROCEDURES", AttainmentStatus.OFF_TRACK, TargetSort.STATUS));
    }

    @Test
    void aValueThatNamesNothingIsABadParameterNamingIt() {
        assertThatThrownBy(() -> new ScorecardForm("abc", null, null, null).toFilter())
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                        .isEqualTo("document"));
        assertThatThrownBy(() -> new ScorecardForm(null, null, "GOOD", null).toFilter())
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                        .isEqualTo("status"));
        assertThatThrownBy(() -> new ScorecardForm(null, null, null, "random").toFilter())
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter())
                        .isEqualTo("sort"));
    }
}
