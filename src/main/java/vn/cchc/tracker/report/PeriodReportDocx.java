package vn.cchc.tracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.tracker.attainment.rules.AttainmentStatus;
import vn.cchc.tracker.attainment.rules.TargetAttainment;
import vn.cchc.tracker.completeness.Narrative;

/**
 * Renders a {@link PeriodReport} as an editable Word document (Apache POI XWPF) laid out like a Vietnamese
 * administrative report (Nghị định 30/2020/NĐ-CP): A4, Times New Roman 13 pt, margins 2 cm top and bottom, 3 cm left,
 * 1.5 cm right; the agency and the national motto side by side, the number and the date left as dots for the office
 * to fill. Headings use the styles "Heading 1" and "Heading 2", so Word's navigation pane lists them.
 */
@Component
public class PeriodReportDocx {

    static final String FONT = "Times New Roman";
    private static final int BODY_PT = 13;
    private static final int TABLE_PT = 11;
    /** Twentieths of a point: A4 is 11906 × 16838; 1 cm is 567. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_LEFT = 1701;
    private static final long MARGIN_RIGHT = 851;
    /** The width between the margins, which every table spans. */
    private static final long TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

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
        private final PeriodReport report;
        private final ProvinceReport base;
        private final Locale locale;

        Writer(XWPFDocument doc, PeriodReport report, Locale locale) {
            this.doc = doc;
            this.report = report;
            this.base = report.base();
            this.locale = locale;
        }

        void write() {
            headingStyles();
            heading();
            summary();
            areas();
            attention();
            appendix();
            closing();
            page(); // the section's properties close the body
        }

        private void page() {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
            margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        }

        private void headingStyles() {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Heading" + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                style.addNewQFormat();
                style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
                styles.addStyle(new XWPFStyle(style));
            }
        }

        /** The agency and number on the left, the national motto and the place and date on the right; the title. */
        private void heading() {
            XWPFTable table = doc.createTable(1, 2);
            noBorders(table);
            columns(table, 38, 62);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFTableCell right = table.getRow(0).getCell(1);
            centred(left.getParagraphs().get(0), text("report.docx.agencyTop"), false, 12);
            centred(left.addParagraph(), upper(base.kindLabel() + " " + base.provinceName()), true, 12);
            centred(left.addParagraph(), text("report.docx.number"), false, BODY_PT);
            centred(right.getParagraphs().get(0), text("report.docx.nation"), true, 12);
            centred(right.addParagraph(), text("report.docx.motto"), true, BODY_PT);
            XWPFParagraph date = right.addParagraph();
            date.setAlignment(ParagraphAlignment.CENTER);
            run(date, text("report.docx.placeDate", base.provinceName()), false, BODY_PT)
                    .setItalic(true);

            XWPFParagraph kind = doc.createParagraph();
            kind.setAlignment(ParagraphAlignment.CENTER);
            kind.setSpacingBefore(360);
            run(kind, text("report.docx.kind"), true, 14);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, text("report.docx.title." + report.period().kind(), base.year()), true, 14);
            XWPFParagraph dates = doc.createParagraph();
            dates.setAlignment(ParagraphAlignment.CENTER);
            dates.setSpacingAfter(240);
            run(
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
            heading1(text("report.docx.section.summary"));
            body(text("report.docx.summary.lead", base.targetCount(), base.year()));
            XWPFTable table = table(List.of(text("report.docx.col.status"), text("report.docx.col.count")), 70, 30);
            for (Map.Entry<AttainmentStatus, Long> count : base.counts().entrySet()) {
                row(table, List.of(text(count.getKey().messageKey()), String.valueOf(count.getValue())));
            }
        }

        private void areas() {
            heading1(text("report.docx.section.areas"));
            if (report.areas().isEmpty()) {
                body(text("report.noTargets"));
            }
            for (PeriodReport.Area area : report.areas()) {
                heading2(area.name());
                XWPFTable table = table(
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
                    row(
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
            heading1(text("report.docx.section.attention"));
            if (report.attention().isEmpty()) {
                body(text("report.docx.noAttention"));
                return;
            }
            int n = 0;
            for (PeriodReport.Goal goal : report.attention()) {
                TargetAttainment a = goal.attainment();
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(120);
                run(p, (++n) + ". " + goalText(a), true, BODY_PT);
                run(p, " — " + text(a.status().messageKey()), false, BODY_PT);
                body(a.explanation());
                Narrative narrative = goal.narrative();
                if (narrative == null) {
                    body(text("report.docx.noNarrative")).getRuns().get(0).setItalic(true);
                    continue;
                }
                labelled("report.docx.assessment", narrative.assessment());
                labelled("report.docx.causes", narrative.causes());
                labelled("report.docx.actions", narrative.nextActions());
            }
        }

        private void appendix() {
            XWPFParagraph breakBefore = doc.createParagraph();
            breakBefore.setPageBreak(true);
            heading1(text("report.docx.section.appendix", base.year()));
            if (report.results().isEmpty()) {
                body(text("report.docx.noResults", base.year()));
                return;
            }
            XWPFTable table = table(
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
                row(table, List.of(result.indicatorCode(), result.indicatorName(), result.value(), result.source()));
            }
        }

        private void closing() {
            XWPFParagraph note = doc.createParagraph();
            note.setSpacingBefore(360);
            run(note, text("report.docx.generated", base.generatedOn().format(DATE)), false, 10)
                    .setItalic(true);
            XWPFTable table = doc.createTable(1, 2);
            noBorders(table);
            columns(table, 45, 55);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFTableCell right = table.getRow(0).getCell(1);
            run(left.getParagraphs().get(0), text("report.docx.recipients"), true, 12)
                    .setItalic(true);
            run(left.addParagraph(), "- ……;", false, 11);
            run(left.addParagraph(), text("report.docx.archive"), false, 11);
            centred(right.getParagraphs().get(0), text("report.docx.signFor"), true, BODY_PT);
            centred(right.addParagraph(), text("report.docx.signer"), true, BODY_PT);
        }

        private String goalText(TargetAttainment a) {
            return text(
                    "report.docx.goal",
                    a.target().indicatorName(locale),
                    a.thresholdText(),
                    String.valueOf(a.target().deadlineYear()));
        }

        private void labelled(String labelKey, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(284);
            run(p, text(labelKey) + ": ", true, BODY_PT);
            run(p, value, false, BODY_PT);
        }

        private void heading1(String words) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading1");
            p.setSpacingBefore(240);
            p.setSpacingAfter(120);
            run(p, words, true, BODY_PT);
        }

        private void heading2(String words) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading2");
            p.setSpacingBefore(200);
            p.setSpacingAfter(80);
            run(p, words, true, BODY_PT).setItalic(true);
        }

        private XWPFParagraph body(String words) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setSpacingAfter(80);
            run(p, words, false, BODY_PT);
            return p;
        }

        /** A table with a shaded header row repeated on every page, columns in percent of the text width. */
        private XWPFTable table(List<String> headers, int... percents) {
            XWPFTable table = doc.createTable(1, headers.size());
            columns(table, percents);
            table.setTableAlignment(TableRowAlign.CENTER);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int i = 0; i < headers.size(); i++) {
                XWPFTableCell cell = head.getCell(i);
                cell.setColor("E7E6E6");
                centred(cell.getParagraphs().get(0), headers.get(i), true, TABLE_PT);
            }
            return table;
        }

        /**
         * Fixed column widths, in the grid (which LibreOffice follows) and on every cell of the first row (which Word
         * follows; rows added later copy them).
         */
        private void columns(XWPFTable table, int... percents) {
            table.setWidth(String.valueOf(TEXT_WIDTH));
            table.setWidthType(TableWidthType.DXA);
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                    ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int i = 0; i < percents.length; i++) {
                long twips = TEXT_WIDTH * percents[i] / 100;
                grid.addNewGridCol().setW(BigInteger.valueOf(twips));
                XWPFTableCell cell = table.getRow(0).getCell(i);
                cell.setWidth(String.valueOf(twips));
                cell.setWidthType(TableWidthType.DXA);
            }
        }

        private void row(XWPFTable table, List<String> cells) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < cells.size(); i++) {
                XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
                run(p, cells.get(i), false, TABLE_PT);
            }
        }

        private void centred(XWPFParagraph p, String words, boolean bold, int size) {
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, words, bold, size);
        }

        private XWPFRun run(XWPFParagraph p, String words, boolean bold, int size) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            String[] lines = (words == null ? "" : words).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
            return run;
        }

        private void noBorders(XWPFTable table) {
            table.removeBorders();
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
