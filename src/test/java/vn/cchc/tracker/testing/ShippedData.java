package vn.cchc.tracker.testing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names for the rows of the shipped data set (db/shipped/V3, sources since V43) that tests read: provinces by code,
 * the four documents by number, the indicators most tests use, and the publications users see as sources. Ids
 * differ between databases: look them up with {@link #documentId} and {@link #targetId}.
 * <p>
 * Test-made data (fixtures of unit tests, rows of an uploaded file) keeps its literals: it is the test's own.
 */
public final class ShippedData {

    /** Đắk Nông, the province with measurements (the unit until 30/6/2025; Lâm Đồng's since). */
    public static final String DAK_NONG = "67";

    public static final String BINH_DINH = "52";
    public static final String QUANG_TRI = "45";
    /** Thừa Thiên Huế until 2024, the city of Huế since 2025: two units under one code. */
    public static final String HUE = "46";
    /** Lâm Đồng, Đắk Nông's successor: no document of its own. */
    public static final String LAM_DONG = "68";

    /** Nghị quyết 20-NQ/TU of the Đắk Nông provincial Party committee: 33 targets. */
    public static final String DAK_NONG_RESOLUTION = "20-NQ/TU";
    /**
     * Đắk Nông's 2024 results report (the steering committee's, as Báo Đắk Nông reported it on 09/12/2024) with its
     * four 2025 targets; V70 moved them there from {@link #DAK_NONG_RESOLUTION}. The number is a description.
     */
    public static final String DAK_NONG_REPORT_2024 = "Báo cáo CCHC năm 2024 (không số)";
    /** Chương trình hành động 09-CTr/TU of Bình Định: 6 targets. */
    public static final String BINH_DINH_PROGRAMME = "09-CTr/TU";
    /** Nghị quyết 02-NQ/BCSĐ of Quảng Trị: 18 targets. */
    public static final String QUANG_TRI_RESOLUTION = "02-NQ/BCSĐ";
    /** Quyết định 2847/QĐ-UBND of Thừa Thiên Huế, the CCHC plan for 2019: 15 targets. */
    public static final String HUE_DECISION = "2847/QĐ-UBND";
    /** In {@link #DAK_NONG_RESOLUTION}: SIPAS at least 90% by 2025, off track at 81.21% (2023) in 2024. */
    public static final int SIPAS_2025_POSITION = 14;

    public static final String SIPAS = "SIPAS";
    public static final String PAR_INDEX_RANK = "PAR_INDEX_RANK";
    public static final String PCI_GROUP = "PCI_GROUP";
    public static final String PAPI_GROUP = "PAPI_GROUP";

    /** Every indicator code the shipped catalogue must hold: those the documents target, and the indices beside them. */
    public static final List<String> REQUIRED_INDICATORS = List.of(
            SIPAS,
            "PAR_INDEX_SCORE",
            PAR_INDEX_RANK,
            PAPI_GROUP,
            "PAPI_RANK",
            PCI_GROUP,
            "PCI_RANK",
            "TTHC_ONLINE_L34_RATE",
            "TTHC_ONLINE_L4_RATE",
            "TTHC_NATIONAL_PORTAL_RATE",
            "DOSSIER_ONLINE_RATE",
            "DOSSIER_ONLINE_L4_RATE",
            "DOSSIER_ON_TIME_RATE",
            "SATISFACTION_TTHC_RATE",
            "SATISFACTION_TTHC_LAND_RATE",
            "SATISFACTION_HEALTH_EDU_RATE",
            "PUBLIC_SERVICE_UNITS",
            "CIVIL_SERVANT_STAFFING",
            "PUBLIC_EMPLOYEE_STAFFING",
            "SELF_FINANCING_UNITS_RATE",
            "DIGITIZED_RESULTS_RATE",
            "CCHC_PLAN_COMPLETION_RATE",
            "PAR_DIRECTION_RANK",
            "PAR_TTHC_RANK");

    /** The source of {@link #DAK_NONG_RESOLUTION}: an article on it, which gives no signing date. */
    public static final String DAK_NONG_ARTICLE_2022 = "Bài \"Đắk Nông tăng cường lãnh đạo cải cách hành chính\", "
            + "cập nhật 30/11/2022; bài viết nói Tỉnh ủy \"vừa ban hành\" Nghị quyết, không nêu ngày ký: "
            + "ngày ban hành theo bài báo 30/11/2022";
    /** The source of {@link #BINH_DINH_PROGRAMME}. */
    public static final String BINH_DINH_PORTAL_ARTICLE = "Cổng thông tin điện tử tỉnh Bình Định "
            + "(binhdinh.gov.vn), \"Bình Định quyết tâm đẩy mạnh cải cách thủ tục hành chính, lấy người dân làm "
            + "trung tâm, lấy sự hài lòng của người dân, tổ chức, doanh nghiệp làm thước đo đánh giá chất lượng hoạt "
            + "động của bộ máy hành chính nhà nước trong giai đoạn 2020 – 2025\" (bài không ghi ngày đăng)";
    /** The source of Đắk Nông's six measurements and of {@link #DAK_NONG_REPORT_2024}. */
    public static final String BAO_DAK_NONG_2024 =
            "Báo Đắk Nông, \"Những chuyển biến tích cực trong cải cách hành chính ở Đắk Nông\", 09/12/2024";
    /** The source of {@link #QUANG_TRI_RESOLUTION}. */
    public static final String QUANG_TRI_SCIENCE_DEPARTMENT_2023 = "Cổng thông tin điện tử Sở Khoa học và "
            + "Công nghệ Quảng Trị, \"Ban hành Nghị quyết về quyết tâm thực hiện các giải pháp cải thiện, nâng cao "
            + "Chỉ số Cải cách hành chính (PARINDEX), Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ "
            + "của cơ quan hành chính nhà nước (SIPAS) và Chỉ số Hiệu quả quản trị và hành chính công (PAPI) trên "
            + "địa bàn tỉnh Quảng Trị đến năm 2025\", 30/06/2023";
    /** The source of {@link #HUE_DECISION}. */
    public static final String HUE_PLAN_2019 =
            "Bài \"Kế hoạch cải cách hành chính năm 2019\", ngày cập nhật 17/01/2019";

    private ShippedData() {}

    public static long documentId(JdbcTemplate jdbc, String number) {
        return jdbc.queryForObject("select id from document where number = ?", Long.class, number);
    }

    /** The target at a position (its order in the document, from 1) of a document. */
    public static long targetId(JdbcTemplate jdbc, String documentNumber, int position) {
        return jdbc.queryForObject("""
                select t.id from target t join document d on d.id = t.document_id
                where d.number = ? and t.position = ?""", Long.class, documentNumber, position);
    }

    /** Đắk Nông's SIPAS ≥ 90% by 2025 ({@link #SIPAS_2025_POSITION} of {@link #DAK_NONG_RESOLUTION}). */
    public static long sipas2025TargetId(JdbcTemplate jdbc) {
        return targetId(jdbc, DAK_NONG_RESOLUTION, SIPAS_2025_POSITION);
    }
}
