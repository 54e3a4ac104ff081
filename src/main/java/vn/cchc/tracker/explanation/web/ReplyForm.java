package vn.cchc.tracker.explanation.web;

/** The province's reply, with the version of the request the editor saw. */
public class ReplyForm {

    private String reply;
    private String version;

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
