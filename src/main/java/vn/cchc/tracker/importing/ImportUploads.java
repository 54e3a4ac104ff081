package vn.cchc.tracker.importing;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * Uploaded results files waiting between their preview and their confirmation, in table {@code import_upload}:
 * keyed by a random token, bound to the account that uploaded them, kept for {@link #EXPIRY}. Nothing but the
 * token travels in URLs; the session holds nothing.
 */
@Repository
@Transactional
public class ImportUploads {

    /** How long an upload waits for its confirmation. */
    public static final Duration EXPIRY = Duration.ofHours(2);

    /** The advisory lock key of the purge, one number across the database ("CCHC" + "UPLD" as ASCII). */
    static final long PURGE_LOCK = 0x4343_4843_5550_4c44L;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ImportUploads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the file for the account and answers its token; uploads past their expiry are removed first. */
    public String save(String account, UploadedFile file) {
        purgeExpired();
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        jdbc.update(
                "insert into import_upload (token, account, file_name, sha256, bytes, created_at) values (?, ?, ?, ?, ?, ?)",
                id,
                account,
                truncate(file.name(), 255),
                file.sha256(),
                file.content(),
                Timestamp.from(clock.instant()));
        return id;
    }

    /** The account's upload under the token, if it has not expired; another account's token finds nothing. */
    @Transactional(readOnly = true)
    public Optional<UploadedFile> find(String token, String account) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        List<UploadedFile> found = jdbc.query(
                """
                        select file_name, bytes from import_upload where token = ? and account = ? and created_at >= ?""",
                (rs, n) -> UploadedFile.of(rs.getString(1), rs.getBytes(2)),
                token,
                account,
                Timestamp.from(clock.instant().minus(EXPIRY)));
        return found.stream().findFirst();
    }

    public void delete(String token, String account) {
        jdbc.update("delete from import_upload where token = ? and account = ?", token, account);
    }

    /**
     * Deletes the expired uploads unless another instance is doing so at this moment: the scheduled purge runs on
     * every instance, and a PostgreSQL advisory lock held for this transaction lets one of them do the work (the
     * lock goes with the transaction, even if the instance dies). Empty when another instance held the lock.
     */
    public OptionalInt purgeExpiredOnce() {
        Boolean mine = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, PURGE_LOCK);
        return Boolean.TRUE.equals(mine) ? OptionalInt.of(purgeExpired()) : OptionalInt.empty();
    }

    public int purgeExpired() {
        return jdbc.update(
                "delete from import_upload where created_at < ?",
                Timestamp.from(clock.instant().minus(EXPIRY)));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(s.length() - max);
    }
}
