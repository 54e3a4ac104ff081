package vn.cchc.tracker.account;

/** What an account may do; editors only for the provinces they are bound to. */
public enum Role {
    /** Everything: accounts, every province's data, approving and reopening years. */
    ADMIN,
    /** Documents, targets and yearly results of the bound provinces. */
    EDITOR,
    /** Reads, including pages that need a login. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
