package vn.cchc.tracker.importing;

import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads past {@link ImportUploads#EXPIRY} on a schedule ({@code cchc.import.purge-interval}, default every
 * 15 minutes), so an abandoned file leaves the database even when nobody uploads again. Every instance schedules it;
 * one at a time does the work ({@link ImportUploads#purgeExpiredOnce()}).
 */
@Component
class ExpiredUploadsPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredUploadsPurge.class);

    private final ImportUploads uploads;

    ExpiredUploadsPurge(ImportUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(
            initialDelayString = "${cchc.import.purge-interval:PT15M}",
            fixedDelayString = "${cchc.import.purge-interval:PT15M}")
    void purge() {
        OptionalInt deleted = uploads.purgeExpiredOnce();
        if (deleted.isEmpty()) {
            log.debug("expired uploads: another instance is purging them");
        } else if (deleted.getAsInt() > 0) {
            log.info("deleted {} expired upload(s)", deleted.getAsInt());
        }
    }
}
