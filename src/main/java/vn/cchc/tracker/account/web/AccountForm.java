package vn.cchc.tracker.account.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.cchc.tracker.account.Account;
import vn.cchc.tracker.account.AccountParameters;
import vn.cchc.tracker.account.Role;

/** The account form of the admin pages; username and password are only read when creating. */
public class AccountForm {

    private String username;
    private String password;
    private String displayName;
    private Role role = Role.EDITOR;
    private List<String> provinceCodes = new ArrayList<>();
    private boolean approver;
    private boolean reviewer;
    private String email;
    private long version;

    public static AccountForm of(Account a) {
        AccountForm f = new AccountForm();
        f.username = a.getUsername();
        f.displayName = a.getDisplayName();
        f.role = a.getRole();
        f.provinceCodes = new ArrayList<>(a.getProvinceCodes());
        f.approver = a.isApprover();
        f.reviewer = a.isReviewer();
        f.email = a.getEmail();
        f.version = a.getVersion();
        return f;
    }

    public AccountParameters toParameters() {
        return new AccountParameters(displayName, role, new HashSet<>(provinceCodes), approver, reviewer, email);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<String> getProvinceCodes() {
        return provinceCodes;
    }

    public void setProvinceCodes(List<String> provinceCodes) {
        this.provinceCodes = provinceCodes == null ? new ArrayList<>() : provinceCodes;
    }

    public boolean isApprover() {
        return approver;
    }

    public void setApprover(boolean approver) {
        this.approver = approver;
    }

    public boolean isReviewer() {
        return reviewer;
    }

    public void setReviewer(boolean reviewer) {
        this.reviewer = reviewer;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
