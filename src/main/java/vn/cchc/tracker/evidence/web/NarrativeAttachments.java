package vn.cchc.tracker.evidence.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.evidence.Attachment;
import vn.cchc.tracker.evidence.AttachmentCheck;
import vn.cchc.tracker.evidence.AttachmentService;
import vn.cchc.tracker.evidence.NarrativeScope;
import vn.cchc.tracker.tablefile.Sizes;

/**
 * What the fragment {@code attachments :: list} asks ({@code @narrativeAttachments}), so any page can include it with
 * a narrative id alone: the attachments the user may see and whether they may add or delete. Decides only what is
 * shown; every write is checked again by {@link AttachmentService}.
 */
@Component("narrativeAttachments")
public class NarrativeAttachments {

    /** One narrative's attachments as the current user sees them. */
    public record View(
            long narrativeId, boolean visible, boolean canChange, List<Attachment> attachments, String maxSize) {}

    private final AttachmentService attachments;

    NarrativeAttachments(AttachmentService attachments) {
        this.attachments = attachments;
    }

    public View of(long narrativeId, Actor actor) {
        NarrativeScope scope = attachments.scope(narrativeId);
        if (!AttachmentService.mayRead(actor, scope.provinceCode())) {
            return new View(narrativeId, false, false, List.of(), maxSize());
        }
        return new View(
                narrativeId,
                true,
                actor.canWrite(scope.provinceCode()),
                attachments.list(actor, narrativeId),
                maxSize());
    }

    /** "312 KB". */
    public String size(long bytes) {
        return Sizes.human(bytes);
    }

    private static String maxSize() {
        return Sizes.human(AttachmentCheck.MAX_BYTES);
    }
}
