package vn.cchc.tracker.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.cchc.tracker.tablefile.UploadLimits;

/**
 * Limits of uploaded result files ({@code cchc.import.*}). A workbook may unpack to at most
 * {@link UploadLimits#UNPACK_FACTOR} times {@code max-file-size}.
 *
 * @param maxFileSize largest file accepted, e.g. {@code 5MB}
 * @param maxRows     most data rows in one file
 */
@ConfigurationProperties("cchc.import")
public record ImportProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("10000") int maxRows) {

    public UploadLimits limits() {
        return UploadLimits.of(maxFileSize.toBytes(), maxRows);
    }
}
