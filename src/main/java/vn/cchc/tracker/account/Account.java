package vn.cchc.tracker.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A person who logs in. Only the BCrypt hash of the password is stored. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean approver;

    @Column(nullable = false)
    private boolean reviewer;

    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    // written only by LoginAttempts (SQL under the row lock), never through the entity
    @Column(name = "failed_attempts", nullable = false, insertable = false, updatable = false)
    private int failedAttempts;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** GSO codes of the provinces an editor writes for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_province", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new TreeSet<>();

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String passwordHash, String displayName, Role role, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isApprover() {
        return approver;
    }

    public boolean isReviewer() {
        return reviewer;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public SortedSet<String> getProvinceCodes() {
        return new TreeSet<>(provinceCodes);
    }

    public long getVersion() {
        return version;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor toActor() {
        if (!enabled) {
            return Actor.of(username, Role.VIEWER, Set.of(), false);
        }
        return Actor.of(username, role, provinceCodes, approver, reviewer);
    }

    void describe(AccountParameters params, Instant now) {
        describe(params.displayName(), params.role(), params.provinceCodes(), params.approver(), now);
        this.reviewer = params.reviewer();
        this.email = params.email();
    }

    private void describe(String displayName, Role role, Set<String> provinceCodes, boolean approver, Instant now) {
        this.displayName = displayName;
        this.role = role;
        // only editors are bound; admins write everywhere and viewers nowhere
        this.provinceCodes.clear();
        if (role == Role.EDITOR) {
            this.provinceCodes.addAll(provinceCodes);
        }
        this.approver = role == Role.EDITOR && approver;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }
}
