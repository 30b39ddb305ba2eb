package tw.vendorrisk.common;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a text PDF (A4, one column) with a CJK TrueType font, so that Chinese names and reasons
 * show as written: the clause check report and the evidence pack's summary. The font is
 * {@code app.report.cjk-font}, by default WenQuanYi Micro Hei from Debian's fonts-wqy-microhei;
 * without one no PDF can be written.
 */
@Component
public class TextPdf {

    private static final float MARGIN = 50;
    private static final float LEADING_GAP = 4;

    private final List<String> fontCandidates;

    TextPdf(@Value("${app.report.cjk-font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/arphic/uming.ttc}") List<String> fontCandidates) {
        this.fontCandidates = fontCandidates;
    }

    /** A PDF whose pages the content writes top to bottom. */
    public byte[] render(String title, Consumer<Writer> content) {
        File fontFile = fontCandidates.stream().map(String::strip).map(File::new).filter(File::canRead).findFirst()
                .orElseThrow(() -> new IllegalStateException("No CJK TrueType font for the PDF: install "
                        + "fonts-wqy-microhei or set app.report.cjk-font."));
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            Writer writer = new Writer(document, PDType0Font.load(document, first[0], true));
            content.accept(writer);
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF '" + title + "' cannot be written", e);
        }
    }

    /** Writes lines top to bottom, wrapping long ones and starting new pages as needed. */
    public static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        private Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        public void title(String text) {
            write(text, 16, 0);
            gap();
        }

        public void heading(String text) {
            gap();
            write(text, 12, 0);
        }

        public void line(String text) {
            write(text, 9.5f, 0);
        }

        /** An indented line, for the details of the line above. */
        public void detail(String text) {
            write(text, 9, 14);
        }

        /** "label: value", left out when there is no value. */
        public void field(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                write(label + ": " + value, 9, 14);
            }
        }

        public void gap() {
            y -= 6;
        }

        private void write(String text, float size, float indent) {
            try {
                for (String paragraph : clean(text).split("\n")) {
                    for (String wrapped : wrap(paragraph, size, indent)) {
                        if (y < MARGIN + size) {
                            newPage();
                        }
                        stream.beginText();
                        stream.setFont(font, size);
                        stream.newLineAtOffset(MARGIN + indent, y);
                        stream.showText(wrapped);
                        stream.endText();
                        y -= size + LEADING_GAP;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Characters the font cannot show become '?', so one odd character never loses the PDF. */
        private String clean(String text) {
            StringBuilder shown = new StringBuilder(text == null ? 0 : text.length());
            (text == null ? "" : text).codePoints().forEach(codePoint -> {
                if (codePoint == '\n') {
                    shown.append('\n');
                    return;
                }
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

        /**
         * Breaks a paragraph into lines that fit: Latin text at the last space, Chinese text between
         * any two characters, a word longer than a line wherever it must.
         */
        private List<String> wrap(String text, float size, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            int lastBreak = -1;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                float characterWidth = font.getStringWidth(character) / 1000 * size;
                if (lineWidth + characterWidth > width && line.length() > 0) {
                    String rest = "";
                    if (lastBreak > 0 && lastBreak < line.length()) {
                        rest = line.substring(lastBreak);
                        line.setLength(lastBreak);
                    }
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(rest.stripLeading());
                    lineWidth = font.getStringWidth(line.toString()) / 1000 * size;
                    lastBreak = -1;
                }
                line.append(character);
                lineWidth += characterWidth;
                if (codePoint == ' ' || Character.isIdeographic(codePoint)
                        || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                    lastBreak = line.length();
                }
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

        private void close() throws IOException {
            stream.close();
        }
    }
}
