package vn.cchc.tracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.tracker.testing.UnitTest;

@UnitTest
class DocumentRulesTest {

    @Test
    void aCompleteDocumentIsAccepted() {
        DocumentRules.Outcome ok = DocumentRules.check(new DocumentInput(
                " 15-KH/UBND ",
                "PLAN",
                "UBND tỉnh",
                "2025-01-10",
                "Kế hoạch CCHC năm 2025",
                "2025",
                "2025",
                "Cổng thông tin tỉnh"));

        assertThat(ok.violations()).isEmpty();
        assertThat(ok.parameters().number()).isEqualTo("15-KH/UBND");
        assertThat(ok.parameters().issueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void eachBadFieldGetsItsOwnMessage() {
        DocumentRules.Outcome bad =
                DocumentRules.check(new DocumentInput("", "MEMO", "x", "10/01/2025", " ", "2030", "2025", ""));

        assertThat(bad.parameters()).isNull();
        assertThat(bad.violations())
                .extracting(v -> v.field() + ":" + v.messageKey())
                .containsExactlyInAnyOrder(
                        "number:form.error.required",
                        "kind:form.error.choice",
                        "issueDate:form.error.date",
                        "title:form.error.required",
                        "periodTo:document.error.period",
                        "source:form.error.required");
    }

    @Test
    void yearsOutsideTheSupportedSpanAreRefused() {
        DocumentRules.Outcome bad =
                DocumentRules.check(new DocumentInput("1", "PLAN", "x", "1985-01-01", "t", "1980", null, "s"));

        assertThat(bad.violations())
                .extracting(v -> v.field() + ":" + v.messageKey())
                .containsExactlyInAnyOrder("issueDate:form.error.date.range", "periodFrom:form.error.year");
    }
}
