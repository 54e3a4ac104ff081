package vn.cchc.tracker.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.tracker.account.Actor;
import vn.cchc.tracker.importing.ImportCounts;
import vn.cchc.tracker.importing.ImportPreviewService;
import vn.cchc.tracker.importing.ImportWriteService;
import vn.cchc.tracker.importing.RowProblem;
import vn.cchc.tracker.support.BadParameterException;
import vn.cchc.tracker.support.web.ApiError;
import vn.cchc.tracker.tablefile.TableProblem;
import vn.cchc.tracker.tablefile.TableProblemTexts;
import vn.cchc.tracker.tablefile.UploadedFile;

/**
 * {@code POST /api/v1/measurements/import}: a results file in, the counts out — or, with any problem, every problem
 * and nothing written. HTTP Basic or a logged-in session; editors import their own provinces, admins any.
 */
@RestController
@Tag(name = "Import", description = "Uploading yearly results (CSV or XLSX) — accounts with write access only")
class ImportApiController {

    static final String PATH = "/api/v1/measurements/import";

    private final ImportWriteService importer;
    private final ImportPreviewService previews;
    private final TableProblemTexts texts;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ImportApiController(
            ImportWriteService importer, ImportPreviewService previews, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.importer = importer;
        this.previews = previews;
        this.texts = new TableProblemTexts(messages);
        this.messages = messages;
    }

    @PostMapping(
            path = PATH,
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "importMeasurements",
            summary = "Import yearly results from a CSV or XLSX file",
            description = """
                    Reads a results file in the import layout (`province_code, indicator_code, year, value, source, \
                    note`; templates at `/import/template.csv` and `/import/template.xlsx`) and writes every row in \
                    ONE transaction — or nothing at all: any problem in any row refuses the whole file and the answer \
                    lists every problem with its row (the header is row 1) and column. Rows already stored with the \
                    same value, source and note are counted as unchanged and not written. With `dryRun=true` nothing \
                    is written and the counts say what would be.

                    Authentication: HTTP Basic (`curl -u user:password …`; no CSRF token needed) or a logged-in \
                    browser session (then with the CSRF token, like every form). Editors import only the provinces \
                    they are bound to; admins any. The import is audited as one import with its file name, and every \
                    value written has its own audit row with the origin `import: <file name>`.

                    Status of a refused file (the body is always the error shape with `problems`): **403** when any \
                    row is of a province the account may not write, else **409** when any row falls in an approved \
                    (read-only) year, else **422**. Limits: `cchc.import.max-file-size` (default 5 MB) and \
                    `cchc.import.max-rows` (default 10 000 rows).""",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = ImportForm.class),
                                            encoding =
                                                    @Encoding(
                                                            name = "file",
                                                            contentType =
                                                                    "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Written (or, with dryRun=true, what would be written)",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ImportResultJson.class),
                                        examples = {
                                            @ExampleObject(name = "written", value = """
                                            {"fileName":"ket-qua-2024.csv","dryRun":false,"rows":3,"created":2,"updated":1,"unchanged":0}"""),
                                            @ExampleObject(name = "dry run", value = """
                                            {"fileName":"ket-qua-2024.csv","dryRun":true,"rows":3,"created":2,"updated":1,"unchanged":0}""")
                                        })),
                @ApiResponse(
                        responseCode = "400",
                        description = "No `file` part, or `dryRun` is neither true nor false",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = @ExampleObject(name = "bad dryRun", value = """
                                            {"status":400,"error":"Bad Request","message":"“yes” không phải là giá trị hợp lệ của tham số “dryRun”.",\
                                            "path":"/api/v1/measurements/import","parameter":"dryRun","timestamp":"2025-03-01T02:03:04.567Z"}"""))),
                @ApiResponse(
                        responseCode = "401",
                        description = "No credentials, or wrong ones",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(
                        responseCode = "403",
                        description =
                                "The account may not import (a viewer), or rows are of provinces it may not write; every problem is listed, nothing was written",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = @ExampleObject(name = "another province", value = """
                                            {"status":403,"error":"Forbidden","message":"Tệp có 1 lỗi; không có gì được ghi.",\
                                            "path":"/api/v1/measurements/import","parameter":"file","timestamp":"2025-03-01T02:03:04.567Z",\
                                            "problems":[{"row":3,"column":"province_code","message":"Tài khoản của bạn không được nhập số liệu của tỉnh, thành phố mã 52."}]}"""))),
                @ApiResponse(
                        responseCode = "409",
                        description =
                                "Rows fall in an approved (read-only) year, or the stored results changed while importing; nothing was written",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = @ExampleObject(name = "approved year", value = """
                                            {"status":409,"error":"Conflict","message":"Tệp có 1 lỗi; không có gì được ghi.",\
                                            "path":"/api/v1/measurements/import","parameter":"file","timestamp":"2025-03-01T02:03:04.567Z",\
                                            "problems":[{"row":2,"column":"year","message":"Kết quả năm 2023 của tỉnh, thành phố mã 67 đã được phê duyệt nên không thể thay đổi; quản trị viên có thể mở lại."}]}"""))),
                @ApiResponse(
                        responseCode = "422",
                        description =
                                "The file or some rows have problems (size, encoding, columns, codes, values, duplicates …); every problem is listed, nothing was written",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ApiError.class),
                                        examples = {
                                            @ExampleObject(name = "bad rows", value = """
                                            {"status":422,"error":"Unprocessable Content","message":"Tệp có 2 lỗi; không có gì được ghi.",\
                                            "path":"/api/v1/measurements/import","parameter":"file","timestamp":"2025-03-01T02:03:04.567Z",\
                                            "problems":[{"row":3,"column":"value","message":"Giá trị “104,5” nằm ngoài khoảng hợp lệ 0 – 100 của chỉ tiêu SIPAS."},\
                                            {"row":4,"column":"source","message":"Thiếu nguồn số liệu (văn bản, báo cáo hoặc bài viết công bố kết quả)."}]}"""),
                                            @ExampleObject(name = "file too large", value = """
                                            {"status":422,"error":"Unprocessable Content","message":"Tệp có 1 lỗi; không có gì được ghi.",\
                                            "path":"/api/v1/measurements/import","parameter":"file","timestamp":"2025-03-01T02:03:04.567Z",\
                                            "problems":[{"row":null,"column":null,"message":"Tệp lớn hơn giới hạn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn."}]}""")
                                        }))
            })
    ResponseEntity<?> importResults(
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(name = "dryRun", required = false) String dryRun,
            @Parameter(hidden = true) Actor actor,
            HttpServletRequest request,
            Locale locale) {
        boolean dry = dryRun(dryRun);
        actor.requireImport();
        UploadedFile upload = UploadedFile.read(
                file.getOriginalFilename(), file, previews.limits().maxBytes());
        ImportWriteService.Outcome outcome = importer.run(upload, actor, dry, null);
        return switch (outcome.status()) {
            case WRITTEN, DRY_RUN -> ResponseEntity.ok(ImportResultJson.of(upload.name(), dry, outcome.counts()));
            case REJECTED -> refused(status(outcome), outcome.preview().problems(), request, locale);
            case STALE ->
                refused(HttpStatus.CONFLICT, List.of(TableProblem.ofFile(RowProblem.IMPORT_STALE)), request, locale);
        };
    }

    /** A file beyond even the servlet container's limit: the same answer as a file over the import's limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(HttpServletRequest request, Locale locale) {
        return refused(
                HttpStatus.UNPROCESSABLE_CONTENT, List.of(previews.limits().tooLarge()), request, locale);
    }

    private static HttpStatus status(ImportWriteService.Outcome outcome) {
        if (outcome.preview().hasProblem(RowProblem.PROVINCE_NOT_ALLOWED)) {
            return HttpStatus.FORBIDDEN;
        }
        if (outcome.preview().hasProblem(RowProblem.YEAR_APPROVED)) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private ResponseEntity<ApiError> refused(
            HttpStatus status, List<TableProblem> problems, HttpServletRequest request, Locale locale) {
        List<ApiError.Problem> listed = texts.views(problems, locale).stream()
                .map(v -> new ApiError.Problem(v.row(), v.column(), v.message()))
                .toList();
        String message = messages.getMessage("import.api.refused", new Object[] {problems.size()}, locale);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        message,
                        request.getRequestURI(),
                        "file",
                        Instant.now(clock),
                        listed));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadParameterException("dryRun", "error.parameter.invalid", "dryRun", value);
    }

    /** The multipart form, for the documentation. */
    record ImportForm(
            @Schema(
                    description = "The results file, .csv (UTF-8) or .xlsx",
                    type = "string",
                    format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String file,

            @Schema(
                    description = "true: check and count only, write nothing. Default false.",
                    allowableValues = {"true", "false"},
                    defaultValue = "false")
            String dryRun) {}

    /** What an import wrote, or would write with dryRun=true. */
    record ImportResultJson(
            @Schema(example = "ket-qua-2024.csv") String fileName,
            boolean dryRun,
            @Schema(description = "Data rows in the file") int rows,
            @Schema(description = "Results created") int created,

            @Schema(description = "Results changed (value, source or note)")
            int updated,

            @Schema(description = "Rows equal to what is stored: not written")
            int unchanged) {

        static ImportResultJson of(String fileName, boolean dryRun, ImportCounts counts) {
            return new ImportResultJson(
                    fileName, dryRun, counts.total(), counts.created(), counts.updated(), counts.unchanged());
        }
    }
}
