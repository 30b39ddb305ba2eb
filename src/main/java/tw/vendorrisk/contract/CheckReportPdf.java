package tw.vendorrisk.contract;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;


/**
 * The clause check as a PDF to file with the contract: the same content as the page, gaps first,
 * then every clause by guideline group. Chinese text needs a TrueType CJK font on the server
 * ({@code app.report.cjk-font}, by default WenQuanYi Micro Hei from Debian's fonts-wqy-microhei).
 */
@Component
public class CheckReportPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    private final List<String> fontCandidates;

    CheckReportPdf(@Value("${app.report.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/arphic/uming.ttc}") List<String> fontCandidates) {
        this.fontCandidates = fontCandidates;
    }

    /** Whether a CJK font for the PDF is installed. */
    public boolean available() {
        return font().isPresent();
    }

    public byte[] render(ContractService.KeptCheck kept) {
        ClauseCheckRecord record = kept.record();
        ClauseCheckReport report = kept.report();
        File fontFile = font().orElseThrow(() -> new IllegalStateException(
                "No CJK TrueType font for the PDF report: install fonts-wqy-microhei or set app.report.cjk-font."));
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDType0Font font = PDType0Font.load(document, first[0], true);
            Writer writer = new Writer(document, font);
            writer.line("合約條款檢查 Contract clause check #" + record.getId(), 14);
            if (kept.vendorName() != null) {
                writer.line("廠商 Vendor: " + kept.vendorName(), SIZE);
                writer.line("委外服務 Service: " + kept.serviceDescription(), SIZE);
            }
            Applicability applicability = record.applicability();
            writer.line("機構類別 Category " + applicability.organizationCategory() + " · 雲端 Cloud "
                    + (applicability.cloud() ? "yes" : "no") + " · 開發/維運/監控 Development/maintenance/monitoring "
                    + (applicability.systemDevelopment() ? "yes" : "no") + " · " + record.getCheckedAt().toLocalDate(), SIZE);
            writer.line("Present " + record.getPresentCount() + " · Partial " + record.getPartialCount() + " · Missing "
                    + record.getMissingCount(), SIZE);
            writer.gap();
            writer.line("缺漏與不完整 Gaps (" + report.gaps().size() + ")", 12);
            report.gaps().forEach(finding -> writer.finding(finding));
            String group = null;
            for (Finding finding : report.findings()) {
                if (!finding.group().equals(group)) {
                    group = finding.group();
                    writer.gap();
                    writer.line(group, 12);
                }
                writer.finding(finding);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF report cannot be written", e);
        }
    }

    private Optional<File> font() {
        return fontCandidates.stream().map(String::strip).map(File::new).filter(File::canRead).findFirst();
    }

    /** Writes lines top to bottom, wrapping and starting new pages as needed. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void finding(Finding finding) {
            line(finding.status() + "  " + finding.obligation() + "  " + finding.title(), SIZE);
            for (Evidence evidence : finding.evidence() == null ? List.<Evidence>of() : finding.evidence()) {
                line("    " + evidence.article() + "：" + evidence.text(), 9);
            }
            if (finding.lacking() != null) {
                line("    缺少 Lacking: " + finding.lacking(), 9);
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        void line(String text, float size) {
            try {
                for (String wrapped : wrap(clean(text), size)) {
                    if (y < MARGIN + LEADING) {
                        newPage();
                    }
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(wrapped);
                    stream.endText();
                    y -= size + 4;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Characters the font cannot show become '?', so one odd character never loses the report. */
        private String clean(String text) throws IOException {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                boolean printable = !Character.isISOControl(codePoint) && hasGlyph(character);
                shown.append(printable ? character : (Character.isWhitespace(codePoint) ? " " : "?"));
            });
            return shown.toString();
        }

        private boolean hasGlyph(String character) {
            try {
                font.encode(character);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                if (font.getStringWidth(line + character) / 1000 * size > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(character);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
