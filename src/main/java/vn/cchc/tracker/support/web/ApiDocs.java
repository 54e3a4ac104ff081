package vn.cchc.tracker.support.web;

/**
 * Examples shared by the OpenAPI descriptions of the {@code /api/v1} endpoints (springdoc, {@code /v3/api-docs}):
 * every error answers with the {@link ApiError} shape, in the language asked for with {@code lang}.
 */
public final class ApiDocs {

    public static final String LANG_DESCRIPTION =
            "Language of messages and explanations: `vi` (default) or `en`. Remembered in a cookie.";

    public static final String NOT_FOUND_PROVINCE = """
            {"status":404,"error":"Not Found","message":"Không có tỉnh, thành phố nào mang mã “99”.",\
            "path":"/api/v1/provinces/99/targets","parameter":null,"timestamp":"2025-03-01T02:03:04.567Z"}""";

    public static final String BAD_YEAR = """
            {"status":400,"error":"Bad Request",\
            "message":"Năm “20x5” không hợp lệ; hãy chọn một năm từ 1990 đến 2100.",\
            "path":"/api/v1/attainment","parameter":"year","timestamp":"2025-03-01T02:03:04.567Z"}""";

    public static final String BAD_PROVINCE = """
            {"status":400,"error":"Bad Request","message":"Không có tỉnh, thành phố nào mang mã “99”.",\
            "path":"/api/v1/attainment","parameter":"province","timestamp":"2025-03-01T02:03:04.567Z"}""";

    private ApiDocs() {}
}
