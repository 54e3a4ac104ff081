package vn.cchc.tracker.support;

/** A request parameter has a value the application cannot use; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public BadParameterException(String parameter, String messageKey, Object... args) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
