package vn.cchc.tracker.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a {@link ProvinceReport} to an A4 PDF: a Thymeleaf template (XML mode, so the markup is the XHTML
 * openhtmltopdf needs) laid out by openhtmltopdf on PDFBox, with DejaVu Sans embedded (subset) so every Vietnamese
 * letter is drawn from a font that has it.
 */
@Component
public class ProvinceReportPdf {

    static final String TEMPLATE = "reports/province-report";
    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    public ProvinceReportPdf(ITemplateEngine templates) {
        XRLog.setLoggerImpl(new Slf4jPdfLogger());
        this.templates = templates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** The XHTML the PDF is laid out from (useful to check the template without a PDF reader). */
    public String xhtml(ProvinceReport report, Locale locale) {
        Context context = new Context(locale, Map.of("report", report));
        return templates.process(new TemplateSpec(TEMPLATE, TemplateMode.XML), context);
    }

    public byte[] render(ProvinceReport report, Locale locale) {
        String xhtml = xhtml(report, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("CCHC Tracker");
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the province report", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = ProvinceReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
