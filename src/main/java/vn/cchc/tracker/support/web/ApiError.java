package vn.cchc.tracker.support.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body of every API error. {@code parameter} names the offending request parameter, if any; {@code problems}
 * lists, for an uploaded file that was refused, every problem with its row and column (absent for other errors).
 */
public record ApiError(
        int status,
        String error,
        String message,
        String path,
        String parameter,
        Instant timestamp,

        @Schema(
                description = "Only for a refused file: every problem, the file's first, then by row. "
                        + "Nothing was written.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<Problem> problems) {

    public ApiError(int status, String error, String message, String path, String parameter, Instant timestamp) {
        this(status, error, message, path, parameter, timestamp, null);
    }

    /**
     * One problem of an uploaded file, where a person finds it in a spreadsheet.
     *
     * @param row    1-based row (the header is row 1); {@code null} for the whole file
     * @param column the column's header name; {@code null} for the whole row or file
     */
    public record Problem(
            @Schema(example = "5", nullable = true) Integer row,
            @Schema(example = "value", nullable = true) String column,

            @Schema(example = "Giá trị “104,5” nằm ngoài khoảng hợp lệ 0 – 100 của chỉ tiêu SIPAS.")
            String message) {}
}
