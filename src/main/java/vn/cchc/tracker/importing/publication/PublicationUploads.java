package vn.cchc.tracker.importing.publication;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.tracker.importing.ImportUploads;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * A published table waiting for its confirmation: the file in {@link ImportUploads} (bound to the account, purged
 * with the other uploads) and what the admin said about it in {@code publication_upload}, deleted with it.
 */
@Repository
@Transactional
public class PublicationUploads {

    /** The file and what the admin said about it. */
    public record Pending(UploadedFile file, PublicationRequest request) {}

    private final ImportUploads uploads;
    private final JdbcTemplate jdbc;

    PublicationUploads(ImportUploads uploads, JdbcTemplate jdbc) {
        this.uploads = uploads;
        this.jdbc = jdbc;
    }

    public String save(String account, UploadedFile file, PublicationRequest request) {
        String token = uploads.save(account, file);
        jdbc.update(
                "insert into publication_upload (token, family, year, publisher, publication, url) values (?, ?, ?, ?, ?, ?)",
                token,
                request.family().name(),
                request.year(),
                request.publisher(),
                request.publication(),
                request.url());
        return token;
    }

    /** The account's pending publication under the token; another account's, an expired or a results upload: none. */
    @Transactional(readOnly = true)
    public Optional<Pending> find(String token, String account) {
        return uploads.find(token, account).flatMap(file -> jdbc
                .query(
                        "select family, year, publisher, publication, url from publication_upload where token = ?",
                        (rs, n) -> new PublicationRequest(
                                IndexFamily.valueOf(rs.getString(1)),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)),
                        token)
                .stream()
                .findFirst()
                .map(request -> new Pending(file, request)));
    }

    public void delete(String token, String account) {
        uploads.delete(token, account);
    }
}
