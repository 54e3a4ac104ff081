package vn.cchc.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class ActorTest {

    private final Actor admin = Actor.of("a", Role.ADMIN, Set.of(), false);
    private final Actor dakNongEditor = Actor.of("e", Role.EDITOR, Set.of("67"), false);
    private final Actor dakNongApprover = Actor.of("p", Role.EDITOR, Set.of("67"), true);
    private final Actor viewer = Actor.of("v", Role.VIEWER, Set.of("67"), true);

    @Test
    void editorsWriteOnlyTheirProvinces() {
        assertThat(dakNongEditor.canWrite("67")).isTrue();
        assertThat(dakNongEditor.canWrite("52")).isFalse();
        assertThatThrownBy(() -> dakNongEditor.requireWrite("52")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminsWriteEverywhereViewersAndAnonymousNowhere() {
        assertThat(admin.canWrite("52")).isTrue();
        assertThat(viewer.canWrite("67")).isFalse();
        assertThat(Actor.anonymous().canWrite("67")).isFalse();
    }

    @Test
    void onlyAdminsAndDesignatedApproversApproveAndOnlyAdminsReopen() {
        assertThat(admin.canApprove("52")).isTrue();
        assertThat(dakNongApprover.canApprove("67")).isTrue();
        assertThat(dakNongApprover.canApprove("52")).isFalse();
        assertThat(dakNongEditor.canApprove("67")).isFalse();
        assertThat(viewer.canApprove("67")).isFalse();
        assertThat(admin.canReopen()).isTrue();
        assertThat(dakNongApprover.canReopen()).isFalse();
    }
}
