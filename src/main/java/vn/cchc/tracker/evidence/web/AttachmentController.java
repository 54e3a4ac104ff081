package vn.cchc.tracker.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.evidence.AttachmentCheck;
import vn.cchc.tracker.evidence.AttachmentFile;
import vn.cchc.tracker.evidence.AttachmentRefusedException;
import vn.cchc.tracker.evidence.AttachmentService;
import vn.cchc.tracker.evidence.NarrativeScope;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * A narrative's attachments in the browser: their page (the fragment {@code attachments :: list} on a page of its
 * own), upload and delete (Post/Redirect/Get, back to the page the form was on) and download, always as a file
 * ({@code Content-Disposition: attachment}, the type checked on upload, {@code nosniff}), so no upload is ever
 * rendered by the browser as a page of this site.
 */
@Controller
class AttachmentController {

    /** Where a form may send the user back to: a path of this site, without a host or scheme. */
    private static final Pattern LOCAL_PATH =
            Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9_=&.\\-]*)?");

    private static final Pattern UPLOAD_PATH = Pattern.compile(".*/narratives/(\\d{1,18})/attachments$");

    private final AttachmentService attachments;
    private final MessageSource messages;

    AttachmentController(AttachmentService attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping("/narratives/{id}/attachments")
    String page(Actor actor, @PathVariable long id, Model model) {
        NarrativeScope scope = attachments.scope(id);
        if (!AttachmentService.mayRead(actor, scope.provinceCode())) {
            throw new AccessDeniedException(actor.username() + " may not read these attachments");
        }
        model.addAttribute("scope", scope);
        return "evidence/attachments";
    }

    @PostMapping("/narratives/{id}/attachments")
    String upload(
            Actor actor,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect,
            Locale locale) {
        UploadedFile upload = file == null
                ? UploadedFile.of("", new byte[0])
                : UploadedFile.read(file.getOriginalFilename(), file, AttachmentCheck.MAX_BYTES);
        try {
            attachments.upload(actor, id, upload);
            redirect.addFlashAttribute("notice", "attachment.notice.uploaded");
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute(
                    "attachmentProblem", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:" + back(back, id);
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id) {
        AttachmentFile f = attachments.download(actor, id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(f.contentType()));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(f.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.setContentLength(f.bytes().length);
        return ResponseEntity.ok().headers(headers).body(f.bytes());
    }

    @PostMapping("/attachments/{id}/delete")
    String delete(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        long narrative = attachments.delete(actor, id);
        redirect.addFlashAttribute("notice", "attachment.notice.deleted");
        return "redirect:" + back(back, narrative);
    }

    /** A body beyond even the servlet container's limit: the same words as a file over 10 MB. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute(
                "attachmentProblem",
                messages.getMessage(
                        "attachment.error.tooLarge",
                        new Object[] {"", Sizes.human(AttachmentCheck.MAX_BYTES)},
                        locale));
        Matcher m = UPLOAD_PATH.matcher(request.getRequestURI());
        return "redirect:" + back(request.getParameter("back"), m.matches() ? Long.parseLong(m.group(1)) : null);
    }

    /** The page the form was on, if it is one of this site; else the attachments page of the narrative. */
    static String back(String back, Long narrativeId) {
        if (back != null && back.length() <= 500 && LOCAL_PATH.matcher(back).matches()) {
            return back;
        }
        return narrativeId == null ? "/" : "/narratives/" + narrativeId + "/attachments";
    }
}
