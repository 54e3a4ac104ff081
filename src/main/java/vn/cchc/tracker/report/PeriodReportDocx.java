package vn.cchc.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.completeness.Narrative;

/**
 * Renders a {@link PeriodReport} as an editable Word document (Apache POI XWPF) laid out as a Vietnamese
 * administrative report ({@link DocxLayout}): the agency and the national motto side by side, the number and the date
 * left as dots for the office to fill, the title of the period, then the sections.
 */
@Component
public class PeriodReportDocx {

    private static final int BODY_PT = DocxLayout.BODY_PT;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PeriodReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(PeriodReport report, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(doc, report, locale).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the periodic report", e);
        }
    }

    /** One document being written. */
    private final class Writer {

        private final XWPFDocument doc;
        private final DocxLayout layout;
        private final PeriodReport report;
        private final ProvinceReport base;
        private final Locale locale;

        Writer(XWPFDocument doc, PeriodReport report, Locale locale) {
            this.doc = doc;
            this.layout = new DocxLayout(doc);
            this.report = report;
            this.base = report.base();
            this.locale = locale;
        }

        void write() {
            layout.headingStyles();
            heading();
            summary();
            areas();
            attention();
            appendix();
            closing();
            layout.page(); // the section's properties close the body
        }

        /** The agency and number on the left, the national motto and the place and date on the right; the title. */
        private void heading() {
            XWPFTable table = doc.createTable(1, 2);
            table.removeBorders();
            layout.columns(table, 38, 62);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFTableCell right = table.getRow(0).getCell(1);
            layout.centred(left.getParagraphs().get(0), text("report.docx.agencyTop"), false, 12);
            layout.centred(left.addParagraph(), upper(base.kindLabel() + " " + base.provinceName()), true, 12);
            layout.centred(left.addParagraph(), text("report.docx.number"), false, BODY_PT);
            layout.centred(right.getParagraphs().get(0), text("report.docx.nation"), true, 12);
            layout.centred(right.addParagraph(), text("report.docx.motto"), true, BODY_PT);
            XWPFParagraph date = right.addParagraph();
            date.setAlignment(ParagraphAlignment.CENTER);
            layout.run(date, text("report.docx.placeDate", base.provinceName()), false, BODY_PT)
                    .setItalic(true);

            XWPFParagraph kind = doc.createParagraph();
            kind.setAlignment(ParagraphAlignment.CENTER);
            kind.setSpacingBefore(360);
            layout.run(kind, text("report.docx.kind"), true, 14);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            layout.run(title, text("report.docx.title." + report.period().kind(), base.year()), true, 14);
            XWPFParagraph dates = doc.createParagraph();
            dates.setAlignment(ParagraphAlignment.CENTER);
            dates.setSpacingAfter(240);
            layout.run(
                            dates,
                            text(
                                    "report.docx.period",
                                    report.period().windowFrom().format(DATE),
                                    report.period().windowTo().format(DATE),
                                    report.period().dueDate().format(DATE)),
                            false,
                            12)
                    .setItalic(true);
        }

        private void summary() {
            layout.heading1(text("report.docx.section.summary"));
            layout.body(text("report.docx.summary.lead", base.targetCount(), base.year()));
            XWPFTable table =
                    layout.table(List.of(text("report.docx.col.status"), text("report.docx.col.count")), 70, 30);
            for (Map.Entry<AttainmentStatus, Long> count : base.counts().entrySet()) {
                layout.row(table, List.of(text(count.getKey().messageKey()), String.valueOf(count.getValue())));
            }
        }

        private void areas() {
            layout.heading1(text("report.docx.section.areas"));
            if (report.areas().isEmpty()) {
                layout.body(text("report.noTargets"));
            }
            for (PeriodReport.Area area : report.areas()) {
                layout.heading2(area.name());
                XWPFTable table = layout.table(
                        List.of(
                                text("report.docx.col.no"),
                                text("report.docx.col.goal"),
                                text("report.docx.col.result"),
                                text("report.docx.col.status"),
                                text("report.docx.col.assessment")),
                        6,
                        36,
                        16,
                        15,
                        27);
                int n = 0;
                for (PeriodReport.Goal goal : area.goals()) {
                    TargetAttainment a = goal.attainment();
                    layout.row(
                            table,
                            java.util.Arrays.asList(
                                    String.valueOf(++n),
                                    goalText(a),
                                    a.judgedText() == null ? "—" : a.judgedText(),
                                    a.status().symbol() + " " + text(a.status().messageKey()),
                                    goal.narrative() == null
                                            ? ""
                                            : orEmpty(goal.narrative().assessment())));
                }
            }
        }

        private void attention() {
            layout.heading1(text("report.docx.section.attention"));
            if (report.attention().isEmpty()) {
                layout.body(text("report.docx.noAttention"));
                return;
            }
            int n = 0;
            for (PeriodReport.Goal goal : report.attention()) {
                TargetAttainment a = goal.attainment();
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(120);
                layout.run(p, (++n) + ". " + goalText(a), true, BODY_PT);
                layout.run(p, " — " + text(a.status().messageKey()), false, BODY_PT);
                layout.body(a.explanation());
                Narrative narrative = goal.narrative();
                if (narrative == null) {
                    layout.body(text("report.docx.noNarrative"))
                            .getRuns()
                            .get(0)
                            .setItalic(true);
                    continue;
                }
                layout.labelled(text("report.docx.assessment"), narrative.assessment());
                layout.labelled(text("report.docx.causes"), narrative.causes());
                layout.labelled(text("report.docx.actions"), narrative.nextActions());
            }
        }

        private void appendix() {
            XWPFParagraph breakBefore = doc.createParagraph();
            breakBefore.setPageBreak(true);
            layout.heading1(text("report.docx.section.appendix", base.year()));
            if (report.results().isEmpty()) {
                layout.body(text("report.docx.noResults", base.year()));
                return;
            }
            XWPFTable table = layout.table(
                    List.of(
                            text("report.docx.col.code"),
                            text("report.docx.col.indicator"),
                            text("report.docx.col.value"),
                            text("report.docx.col.source")),
                    17,
                    35,
                    14,
                    34);
            for (PeriodReport.Result result : report.results()) {
                layout.row(
                        table,
                        List.of(result.indicatorCode(), result.indicatorName(), result.value(), result.source()));
            }
        }

        private void closing() {
            XWPFParagraph note = doc.createParagraph();
            note.setSpacingBefore(360);
            layout.run(note, text("report.docx.generated", base.generatedOn().format(DATE)), false, 10)
                    .setItalic(true);
            XWPFTable table = doc.createTable(1, 2);
            table.removeBorders();
            layout.columns(table, 45, 55);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFTableCell right = table.getRow(0).getCell(1);
            layout.run(left.getParagraphs().get(0), text("report.docx.recipients"), true, 12)
                    .setItalic(true);
            layout.run(left.addParagraph(), "- ……;", false, 11);
            layout.run(left.addParagraph(), text("report.docx.archive"), false, 11);
            layout.centred(right.getParagraphs().get(0), text("report.docx.signFor"), true, BODY_PT);
            layout.centred(right.addParagraph(), text("report.docx.signer"), true, BODY_PT);
        }

        private String goalText(TargetAttainment a) {
            return text(
                    "report.docx.goal",
                    a.target().indicatorName(locale),
                    a.thresholdText(),
                    String.valueOf(a.target().deadlineYear()));
        }

        private String upper(String words) {
            return words.toUpperCase(locale);
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
