package vn.cchc.tracker.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.notification.Notice;
import vn.cchc.tracker.notification.NotificationService;

/** A signed-in user's notices: the list, marking one read (then opening what it is about) or all of them. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/account/notifications")
    String list(Actor actor, Model model) {
        model.addAttribute("notices", notifications.latest(actor));
        model.addAttribute("listSize", NotificationService.LIST_SIZE);
        return "notifications/list";
    }

    /** {@code open=true}: go to the page the notice is about, else back to the list. */
    @PostMapping("/account/notifications/{id}/read")
    String read(
            Actor actor,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean open,
            RedirectAttributes redirect) {
        Notice notice = notifications.markRead(actor, id);
        if (open) {
            return "redirect:" + notice.link();
        }
        redirect.addFlashAttribute("notice", "notification.notice.read");
        return "redirect:/account/notifications";
    }

    @PostMapping("/account/notifications/read-all")
    String readAll(Actor actor, RedirectAttributes redirect) {
        notifications.markAllRead(actor);
        redirect.addFlashAttribute("notice", "notification.notice.allRead");
        return "redirect:/account/notifications";
    }
}
