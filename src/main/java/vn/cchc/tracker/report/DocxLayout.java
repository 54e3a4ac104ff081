package vn.cchc.tracker.report;

import java.math.BigInteger;
import java.util.List;
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

/**
 * The page and paragraph layout of a Vietnamese administrative document in Apache POI XWPF (Nghị định
 * 30/2020/NĐ-CP): A4, Times New Roman 13 pt, margins 2 cm top and bottom, 3 cm left, 1.5 cm right; headings in the
 * styles "Heading 1" and "Heading 2" (Word's navigation pane lists them); tables spanning the text width with fixed
 * columns. What is written is {@link PeriodReportDocx}'s.
 */
final class DocxLayout {

    static final String FONT = "Times New Roman";
    static final int BODY_PT = 13;
    static final int TABLE_PT = 11;
    /** Twentieths of a point: A4 is 11906 × 16838; 1 cm is 567. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_LEFT = 1701;
    private static final long MARGIN_RIGHT = 851;
    /** The width between the margins, which every table spans. */
    private static final long TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private final XWPFDocument doc;

    DocxLayout(XWPFDocument doc) {
        this.doc = doc;
    }

    void page() {
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

    void headingStyles() {
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

    /** "Label: value" indented, nothing for an empty value. */
    void labelled(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(284);
        run(p, label + ": ", true, BODY_PT);
        run(p, value, false, BODY_PT);
    }

    void heading1(String words) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        run(p, words, true, BODY_PT);
    }

    void heading2(String words) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading2");
        p.setSpacingBefore(200);
        p.setSpacingAfter(80);
        run(p, words, true, BODY_PT).setItalic(true);
    }

    XWPFParagraph body(String words) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(80);
        run(p, words, false, BODY_PT);
        return p;
    }

    /** A table with a shaded header row repeated on every page, columns in percent of the text width. */
    XWPFTable table(List<String> headers, int... percents) {
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
    void columns(XWPFTable table, int... percents) {
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

    void row(XWPFTable table, List<String> cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            run(p, cells.get(i), false, TABLE_PT);
        }
    }

    void centred(XWPFParagraph p, String words, boolean bold, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, words, bold, size);
    }

    XWPFRun run(XWPFParagraph p, String words, boolean bold, int size) {
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
}
