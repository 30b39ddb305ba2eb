package tw.vendorrisk.contract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds the uploads a reviewer would send: Word documents with POI and PDFs with PDFBox.
 * <p>
 * The machine has CJK fonts only as OpenType collections with CFF outlines, which PDFBox cannot
 * embed. The Chinese PDFs therefore reference a Chinese font without embedding it, as many exported
 * contracts do, and carry a ToUnicode map so that the text layer is exact.
 */
final class TestDocuments {

    private static final int CHARACTERS_PER_LINE = 34;
    private static final int LINES_PER_PAGE = 40;

    private TestDocuments() {
    }

    // ---- Word ----

    /** One paragraph per line; lines starting with '|' become rows of a table ("| a | b |"). */
    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = null;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("|")) {
                    List<String> cells = cells(line);
                    XWPFTableRow row;
                    if (table == null) {
                        table = document.createTable(1, cells.size());
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    for (int i = 0; i < cells.size(); i++) {
                        row.getCell(i).setText(cells.get(i));
                    }
                    continue;
                }
                table = null;
                document.createParagraph().createRun().setText(line);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Articles numbered by Word itself ("第%1條" in Chinese counting), as the paragraphs' automatic
     * numbering, with their text as the following paragraphs: map of heading text to body lines.
     */
    static byte[] docxWithNumberedArticles(Map<String, List<String>> articles) {
        try (XWPFDocument document = new XWPFDocument()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.TAIWANESE_COUNTING_THOUSAND);
            level.addNewLvlText().setVal("第%1條");
            level.addNewStart().setVal(BigInteger.ONE);
            XWPFNumbering numbering = document.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            articles.forEach((title, body) -> {
                XWPFParagraph heading = document.createParagraph();
                heading.setNumID(numId);
                heading.setNumILvl(BigInteger.ZERO);
                heading.createRun().setText(title);
                body.forEach(line -> document.createParagraph().createRun().setText(line));
            });
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A .docx whose {@code word/document.xml} has this body, written as Word writes it (prefixes {@code w},
     * {@code v}, {@code mc}): for what POI cannot write, such as tracked changes and text boxes.
     */
    static byte[] docxWithBody(String body) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-"
                + "microsoft-com:vml\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
                + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] encryptedDocx(String text, String password) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fileSystem)) {
                out.write(docx(text));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fileSystem.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    // ---- PDF ----

    /**
     * A Chinese PDF as a word processor prints it: lines wrapped at a fixed width, 40 lines a page,
     * a page number at the foot of each page.
     */
    static byte[] chinesePdf(String text) {
        List<List<String>> pages = pages(wrap(text));
        Map<Integer, Integer> glyphs = new LinkedHashMap<>();
        try (PDDocument document = new PDDocument()) {
            COSDictionary font = null;
            List<PDPage> pdfPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                StringBuilder content = new StringBuilder("BT /F1 11 Tf 15 TL 56 790 Td\n");
                for (String line : pages.get(p)) {
                    content.append('<').append(hex(line, glyphs)).append("> Tj T*\n");
                }
                content.append("ET\nBT /F1 9 Tf 290 30 Td <").append(hex("- " + (p + 1) + " -", glyphs))
                        .append("> Tj ET\n");
                PDPage page = new PDPage(PDRectangle.A4);
                page.setContents(new PDStream(document, new ByteArrayInputStream(
                        content.toString().getBytes(StandardCharsets.US_ASCII))));
                document.addPage(page);
                pdfPages.add(page);
            }
            font = type0Font(document, glyphs);
            for (PDPage page : pdfPages) {
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ASCII-only PDF with a standard font. */
    static byte[] asciiPdf(String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(15);
                content.newLineAtOffset(56, 790);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with a drawing and no text, like a scan. */
    static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 300, 500);
                content.fill();
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encryptedPdf(String text, String userPassword) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(chinesePdf(text))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (rest.codePointCount(0, rest.length()) > CHARACTERS_PER_LINE) {
                int cut = rest.offsetByCodePoints(0, CHARACTERS_PER_LINE);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            lines.add(rest);
        }
        return lines;
    }

    private static List<List<String>> pages(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
        }
        return pages;
    }

    /** Two-byte glyph codes (Identity-H), one per distinct character. */
    private static String hex(String line, Map<Integer, Integer> glyphs) {
        StringBuilder hex = new StringBuilder();
        line.codePoints().forEach(c -> hex.append(String.format("%04X", glyphs.computeIfAbsent(c, k -> glyphs.size() + 1))));
        return hex.toString();
    }

    /** A Type 0 font referencing MingLiU without embedding it, with a ToUnicode map of the glyph codes. */
    private static COSDictionary type0Font(PDDocument document, Map<Integer, Integer> glyphs) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(glyphs.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> glyph : chunk) {
                StringBuilder unicode = new StringBuilder();
                for (char c : Character.toChars(glyph.getKey())) {
                    unicode.append(String.format("%04X", (int) c));
                }
                cmap.append(String.format("<%04X> <%s>%n", glyph.getValue(), unicode));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");

        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "MingLiU");
        descriptor.setInt(COSName.FLAGS, 4);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(0, -200, 1000, 1100));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setName(COSName.TYPE, "Font");
        cidFont.setName(COSName.SUBTYPE, "CIDFontType2");
        cidFont.setName(COSName.BASE_FONT, "MingLiU");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setName(COSName.TYPE, "Font");
        font.setName(COSName.SUBTYPE, "Type0");
        font.setName(COSName.BASE_FONT, "MingLiU");
        font.setName(COSName.ENCODING, "Identity-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, new PDStream(document,
                new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII))));
        return font;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
