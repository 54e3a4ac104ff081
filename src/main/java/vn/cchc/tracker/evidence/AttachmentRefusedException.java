package vn.cchc.tracker.evidence;

import java.util.List;

/** An upload that is not kept: its message key and arguments say why (type, size, name). Nothing was written. */
public class AttachmentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public AttachmentRefusedException(String messageKey, List<Object> args) {
        super(messageKey + " " + args);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
