package vn.cchc.tracker.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.cchc.tracker.backup.RestoreException.PartProblem;
import vn.cchc.tracker.tablefile.CsvTableReader;
import vn.cchc.tracker.tablefile.FileProblem;
import vn.cchc.tracker.tablefile.HeaderMapping;
import vn.cchc.tracker.tablefile.Sizes;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableReadResult;
import vn.cchc.tracker.tablefile.TableRecord;
import vn.cchc.tracker.tablefile.UploadLimits;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * The parts of a backup zip as rows under their headers ({@link FullDataLayout}); every problem of the zip, a part's
 * file or header is recorded on its part. Plain Java.
 */
final class BackupParts {

    private final Map<String, byte[]> parts;
    private final List<PartProblem> problems;

    private BackupParts(Map<String, byte[]> parts, List<PartProblem> problems) {
        this.parts = parts;
        this.problems = problems;
    }

    /** Unpacks the zip, at most {@link UploadLimits#maxUnpackedBytes()} of it; a file that is not one is a problem. */
    static BackupParts unzip(UploadedFile backup, UploadLimits limits, List<PartProblem> problems) {
        Map<String, byte[]> parts = new HashMap<>();
        long budget = limits.maxUnpackedBytes();
        try (ZipInputStream zip = new ZipInputStream(backup.open())) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName()
                        .substring(entry.getName().lastIndexOf('/') + 1)
                        .toLowerCase(Locale.ROOT);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    budget -= n;
                    if (budget < 0) {
                        problems.add(new PartProblem(
                                backup.name(),
                                TableProblem.ofFile(
                                        FileProblem.FILE_UNPACKED_TOO_LARGE, Sizes.human(limits.maxUnpackedBytes()))));
                        return new BackupParts(Map.of(), problems);
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        } catch (IOException e) { // a zip that is not one (ZipException) included
            problems.add(new PartProblem(backup.name(), TableProblem.ofFile(FileProblem.FILE_UNSUPPORTED)));
        }
        return new BackupParts(parts, problems);
    }

    /** The rows of a part; none when it is missing (a problem if required) or its file or header is unreadable. */
    List<TableRecord> records(String part, List<String> columns, boolean required) {
        return records(part, columns, List.of(), required);
    }

    /** @param optional columns the part may leave out (a backup written before they existed) */
    List<TableRecord> records(String part, List<String> columns, List<String> optional, boolean required) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            if (required) {
                problems.add(new PartProblem(part, TableProblem.ofFile(RestoreProblem.RESTORE_PART_MISSING, part)));
            }
            return List.of();
        }
        TableReadResult read = CsvTableReader.read(bytes);
        if (read.hasProblems()) {
            read.problems().forEach(p -> problems.add(new PartProblem(part, p)));
            return List.of();
        }
        HeaderMapping.Result table = HeaderMapping.map(read.lines(), columns, optional);
        List<TableProblem> headerProblems = table.problems().stream()
                .filter(p -> p.type() != FileProblem.FILE_NO_DATA_ROWS) // a part may be empty
                .toList();
        headerProblems.forEach(p -> problems.add(new PartProblem(part, p)));
        table.records().forEach(r -> r.problems().forEach(p -> problems.add(new PartProblem(part, p))));
        return headerProblems.isEmpty() ? table.records() : List.of();
    }
}
