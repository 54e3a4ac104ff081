package vn.cchc.tracker.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told about something: the enabled editors bound to a province (through {@code account_province}), or one
 * account by name, with the e-mail address they gave (if any). Read-only; notices and reminders are addressed here.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

    /** An account a notice is for; {@code email} is null when the account has none. */
    public record Recipient(long accountId, String username, String displayName, String email) {}

    private final NamedParameterJdbcTemplate jdbc;

    Recipients(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled editors of each province code (a code without one is absent), ordered by user name. */
    public Map<String, List<Recipient>> editorsOf(Collection<String> provinceCodes) {
        Map<String, List<Recipient>> byCode = new LinkedHashMap<>();
        if (provinceCodes.isEmpty()) {
            return byCode;
        }
        jdbc.query("""
                select ap.province_code, a.id, a.username, a.display_name, a.email
                from account a join account_province ap on ap.account_id = a.id
                where a.enabled and a.role = 'EDITOR' and ap.province_code in (:codes)
                order by ap.province_code, a.username""", Map.of("codes", provinceCodes), rs -> {
            byCode.computeIfAbsent(rs.getString(1), c -> new java.util.ArrayList<>())
                    .add(new Recipient(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        });
        return byCode;
    }

    /** The enabled editors of one province. */
    public List<Recipient> editorsOf(String provinceCode) {
        return editorsOf(List.of(provinceCode)).getOrDefault(provinceCode, List.of());
    }

    /** An enabled account by user name; empty for an unknown or disabled one. */
    public Optional<Recipient> enabled(String username) {
        return jdbc
                .query(
                        "select id, username, display_name, email from account where username = :u and enabled",
                        Map.of("u", username),
                        (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream()
                .findFirst();
    }
}
