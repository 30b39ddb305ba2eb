package tw.vendorrisk.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Contracts that unpack to far more than any contract (decompression bombs), built at run time: the
 * files stay small, and building one takes well under a second. Each imitates an attack from the
 * security review: a .docx whose {@code word/document.xml} inflates to 72 MB, a PDF with a Flate
 * stream of 1.5 GB.
 */
final class ContractBombs {

    static final long MB = 1024 * 1024;

    /** One paragraph of contract text as Word writes it, about 250 bytes. */
    static final String PARAGRAPH = "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/>"
            + "</w:rPr><w:t>第一條 乙方對於因本合約知悉之甲方資料應負保密義務，並遵守個人資料保護法。</w:t></w:r></w:p>";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"" + W + "\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";

    private ContractBombs() {
    }

    // ---- Word ----

    /**
     * A .docx whose {@code word/document.xml} inflates to {@code xmlBytes} of paragraphs of contract text,
     * each with a number and a few characters of its own, so that it packs no tighter than 1:20 (as the
     * review's 8.7 MB file with its 72 MB {@code document.xml} did, and as POI's zip bomb check of 1:100
     * lets pass).
     */
    static byte[] docxWithHugeDocumentXml(long xmlBytes) {
        java.util.Random random = new java.util.Random(72);
        String characters = "甲乙丙丁戊己庚辛壬癸資料保密義務契約條款服務水準違約責任損害賠償終止解除管轄法院通知期限費用支付驗收交付稽核";
        StringBuilder paragraphs = new StringBuilder();
        while (paragraphs.length() < MB / 3) {
            StringBuilder own = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                own.append(characters.charAt(random.nextInt(characters.length())));
            }
            paragraphs.append(PARAGRAPH.replace("第一條", "第" + random.nextInt(1_000_000) + "條" + own));
        }
        byte[] chunk = paragraphs.toString().getBytes(StandardCharsets.UTF_8);
        return docx(new Entry("word/document.xml", utf8(DOCUMENT_START), chunk, xmlBytes / chunk.length,
                utf8(DOCUMENT_END)));
    }

    /**
     * A .docx whose {@code word/document.xml} holds one paragraph of {@code xmlBytes} of markup without
     * text: bookmarks, as many as fit. Only its size can stop it, not the length of its text.
     */
    static byte[] docxWithHugeMarkupWithoutText(long xmlBytes) {
        byte[] bookmark = utf8("<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>");
        byte[] chunk = repeat(bookmark, (int) (MB / bookmark.length));
        return docx(new Entry("word/document.xml", utf8(DOCUMENT_START + "<w:p>"), chunk, xmlBytes / chunk.length,
                utf8("</w:p>" + DOCUMENT_END)));
    }

    /** A .docx with a short contract and, besides it, an entry that inflates to {@code bytes} of zeros. */
    static byte[] docxWithHugeEntry(String name, long bytes) {
        return docx(shortDocument(), new Entry(name, new byte[0], new byte[(int) MB], bytes / MB, new byte[0]));
    }

    /** A .docx whose {@code word/document.xml} expands entities a billion times over ("billion laughs"). */
    static byte[] docxWithEntityExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"第一條合約\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p>" + DOCUMENT_END;
        return docx(new Entry("word/document.xml", utf8(document), new byte[0], 0, new byte[0]));
    }

    /** A .docx with a short contract and {@code entries} empty entries besides. */
    static byte[] docxWithManyEntries(int entries) {
        Entry[] all = new Entry[entries + 1];
        all[0] = shortDocument();
        for (int i = 1; i <= entries; i++) {
            all[i] = new Entry("customXml/item" + i + ".xml", new byte[0], new byte[0], 0, new byte[0]);
        }
        return docx(all);
    }

    private static Entry shortDocument() {
        return new Entry("word/document.xml", utf8(DOCUMENT_START + PARAGRAPH
                + "<w:p><w:r><w:t>甲方：宏遠證券股份有限公司</w:t></w:r></w:p>" + DOCUMENT_END), new byte[0], 0, new byte[0]);
    }

    /** An entry of a zip: {@code first}, {@code middle} {@code times} times, then {@code last}. */
    record Entry(String name, byte[] first, byte[] middle, long times, byte[] last) {
    }

    /**
     * A .docx (a zip with the parts Word needs) with these entries besides the content types and the
     * package relationships. Written by hand rather than with {@code ZipOutputStream}, so that a huge
     * entry is compressed from a few chunks ({@link #deflate}).
     */
    private static byte[] docx(Entry... entries) {
        List<Entry> all = new ArrayList<>();
        all.add(new Entry("[Content_Types].xml", utf8(CONTENT_TYPES), new byte[0], 0, new byte[0]));
        all.add(new Entry("_rels/.rels", utf8(RELS), new byte[0], 0, new byte[0]));
        all.addAll(List.of(entries));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry entry : all) {
            Deflated deflated = deflate(entry.first(), entry.middle(), entry.times(), entry.last(), true);
            byte[] name = utf8(entry.name());
            int offset = zip.size();
            // local file header: version 2.0, no flags, deflated, no time
            int32(zip, 0x04034b50);
            int16(zip, 20);
            int16(zip, 0);
            int16(zip, 8);
            int32(zip, 0);
            int32(zip, (int) deflated.crc32());
            int32(zip, deflated.data().length);
            int32(zip, (int) deflated.inflatedSize());
            int16(zip, name.length);
            int16(zip, 0);
            zip.writeBytes(name);
            zip.writeBytes(deflated.data());
            // its central directory header
            int32(directory, 0x02014b50);
            int16(directory, 20);
            int16(directory, 20);
            int16(directory, 0);
            int16(directory, 8);
            int32(directory, 0);
            int32(directory, (int) deflated.crc32());
            int32(directory, deflated.data().length);
            int32(directory, (int) deflated.inflatedSize());
            int16(directory, name.length);
            int16(directory, 0);
            int16(directory, 0);
            int16(directory, 0);
            int16(directory, 0);
            int32(directory, 0);
            int32(directory, offset);
            directory.writeBytes(name);
        }
        int directoryOffset = zip.size();
        zip.writeBytes(directory.toByteArray());
        int32(zip, 0x06054b50);
        int16(zip, 0);
        int16(zip, 0);
        int16(zip, all.size());
        int16(zip, all.size());
        int32(zip, directory.size());
        int32(zip, directoryOffset);
        int16(zip, 0);
        return zip.toByteArray();
    }

    // ---- PDF ----

    /** A one-page PDF whose content stream is a Flate stream of {@code zeros} zero bytes (a multiple of 1 MB). */
    static byte[] pdfWithFlateBomb(long zeros) {
        return pdf(zlib(new byte[(int) MB], zeros / MB), false);
    }

    /**
     * A one-page PDF whose content stream shows a line of text again and again, {@code bytes} of it
     * (a multiple of 1 MB): text without end, not a large stream.
     */
    static byte[] pdfWithEndlessText(long bytes) {
        byte[] line = "BT /F1 11 Tf 56 790 Td (Article 1 The vendor keeps the data of the firm confidential.) Tj ET\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = Arrays.copyOf(repeat(line, (int) (MB / line.length)), (int) MB);
        Arrays.fill(chunk, line.length * (int) (MB / line.length), chunk.length, (byte) ' ');
        return pdf(zlib(chunk, bytes / MB), true);
    }

    /**
     * A PDF 1.5 whose page objects lie in an object stream (as Word and Acrobat save them), and whose
     * object stream is a Flate stream of {@code zeros} zero bytes after the objects.
     */
    static byte[] pdfWithObjectStreamBomb(long zeros) {
        byte[] objects = pageObjects();
        byte[] chunk = Arrays.copyOf(objects, (int) MB);
        return pdfWithObjectStream(deflate(chunk, new byte[(int) MB], zeros / MB - 1, new byte[0], false).data(),
                "/FlateDecode");
    }

    /**
     * The same with a RunLength object stream of {@code zeros} zero bytes after the objects: 2 bytes for
     * every 128, which nothing but PDFBox itself unpacks, and PDFBox while it loads the file.
     */
    static byte[] pdfWithRunLengthObjectStream(long zeros) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] objects = pageObjects();
        for (int at = 0; at < objects.length; at += 128) {
            int length = Math.min(128, objects.length - at);
            data.write(length - 1); // copy the next length bytes
            data.write(objects, at, length);
        }
        for (long written = 0; written < zeros; written += 128) {
            data.write(129); // repeat the next byte 128 times
            data.write(0);
        }
        data.write(128); // end of data
        return pdfWithObjectStream(data.toByteArray(), "/RunLengthDecode");
    }

    private static final String OBJECT_OFFSETS = "1 0 2 34 3 76 ";

    /** Catalog, page tree and page, as an object stream holds them after {@link #OBJECT_OFFSETS}. */
    private static byte[] pageObjects() {
        String catalog = "<< /Type /Catalog /Pages 2 0 R >> ";
        String pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >> ";
        String page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >> ";
        if (!OBJECT_OFFSETS.equals("1 0 2 " + catalog.length() + " 3 " + (catalog.length() + pages.length()) + " ")) {
            throw new IllegalStateException("the offsets do not match the objects");
        }
        return (OBJECT_OFFSETS + catalog + pages + page).getBytes(StandardCharsets.US_ASCII);
    }

    /** Objects 1 to 3 in object stream 4, with this data and filter, listed by a cross-reference stream. */
    private static byte[] pdfWithObjectStream(byte[] data, String filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        long objStm = out.size();
        write(out, "4 0 obj\n<< /Type /ObjStm /N 3 /First " + OBJECT_OFFSETS.length() + " /Length " + data.length
                + " /Filter " + filter + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream\nendobj\n");
        long xref = out.size();
        // the cross-reference stream lists objects 1-3 as compressed in object stream 4, unfiltered
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF});
        for (int i = 0; i < 3; i++) {
            table.writeBytes(new byte[] {2, 0, 0, 0, 4, (byte) i});
        }
        table.writeBytes(new byte[] {1, (byte) (objStm >> 24), (byte) (objStm >> 16), (byte) (objStm >> 8), (byte) objStm, 0});
        table.writeBytes(new byte[] {1, (byte) (xref >> 24), (byte) (xref >> 16), (byte) (xref >> 8), (byte) xref, 0});
        write(out, "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 1] /Root 1 0 R /Length " + table.size() + " >>\nstream\n");
        out.writeBytes(table.toByteArray());
        write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /**
     * A one-page PDF, encrypted (AES, 128 bits) with an owner password only, as contracts often are so
     * that they open without a password but cannot be edited, whose content stream is a Flate stream of
     * {@code zeros} zero bytes. Encrypted, its stream shows nothing of the Flate data it holds.
     */
    static byte[] encryptedPdfWithFlateBomb(long zeros) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = contents.createRawOutputStream()) {
                out.write(zlib(new byte[(int) MB], zeros / MB));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(byte[] flateContent, boolean helvetica) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = new long[6];
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets[1] = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << "
                + (helvetica ? "/Font << /F1 5 0 R >> " : "") + ">> >>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<< /Length " + flateContent.length + " /Filter /FlateDecode >>\nstream\n");
        out.writeBytes(flateContent);
        write(out, "\nendstream\nendobj\n");
        offsets[5] = out.size();
        write(out, "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 1; i <= 5; i++) {
            table.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        write(out, table + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** {@code chunk} repeated {@code times} times, zlib-compressed (as a PDF's Flate stream). */
    static byte[] zlib(byte[] chunk, long times) {
        return deflate(new byte[0], chunk, times, new byte[0], false).data();
    }

    record Deflated(byte[] data, long crc32, long inflatedSize) {
    }

    /**
     * {@code first}, {@code middle} {@code times} times, then {@code last}, deflated: raw (as in a zip) or
     * with zlib's header and checksum (as in a PDF). Each chunk is deflated with a full flush, which empties
     * the compressor's window: every further copy of {@code middle} then compresses to the same bytes,
     * which are copied instead of compressed again, so that a gigabyte takes a second to build.
     */
    static Deflated deflate(byte[] first, byte[] middle, long times, byte[] last, boolean raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!raw) {
            out.writeBytes(new byte[] {0x78, (byte) 0xDA});
        }
        out.writeBytes(flush(deflater, first));
        byte[] block = times > 0 ? flush(deflater, middle) : new byte[0];
        if (times > 2 && !Arrays.equals(block, flush(deflater, middle))) {
            throw new IllegalStateException("a full flush did not reset the compressor");
        }
        for (long i = 0; i < times; i++) {
            out.writeBytes(block);
        }
        out.writeBytes(flush(deflater, last));
        deflater.end();
        out.writeBytes(new byte[] {0x03, 0x00}); // the last block: empty, fixed Huffman codes
        long crc32 = 0;
        if (raw) {
            // a zip names the CRC-32 of its entries, a zlib stream ends with its Adler-32
            CRC32 crc = new CRC32();
            crc.update(first);
            for (long i = 0; i < times; i++) {
                crc.update(middle);
            }
            crc.update(last);
            crc32 = crc.getValue();
        } else {
            long sum = adler32Combine(adler32Combine(adler32(first), repeatedAdler32(middle, times), middle.length * times),
                    adler32(last), last.length);
            out.writeBytes(new byte[] {(byte) (sum >> 24), (byte) (sum >> 16), (byte) (sum >> 8), (byte) sum});
        }
        return new Deflated(out.toByteArray(), crc32, first.length + middle.length * times + last.length);
    }

    private static long adler32(byte[] data) {
        Adler32 adler = new Adler32();
        adler.update(data);
        return adler.getValue();
    }

    /** The Adler-32 of {@code chunk} repeated {@code times} times, by doubling. */
    private static long repeatedAdler32(byte[] chunk, long times) {
        long result = 1; // of nothing
        long resultLength = 0;
        long power = adler32(chunk);
        long powerLength = chunk.length;
        for (long rest = times; rest > 0; rest >>= 1) {
            if ((rest & 1) == 1) {
                result = adler32Combine(result, power, powerLength);
                resultLength += powerLength;
            }
            power = adler32Combine(power, power, powerLength);
            powerLength *= 2;
        }
        return result;
    }

    /** zlib's adler32_combine: the Adler-32 of A then B, from those of A and of B (of {@code lengthB} bytes). */
    private static long adler32Combine(long adlerA, long adlerB, long lengthB) {
        final long base = 65521;
        long remainder = lengthB % base;
        long sum1 = adlerA & 0xFFFF;
        long sum2 = remainder * sum1 % base;
        sum1 += (adlerB & 0xFFFF) + base - 1;
        sum2 += ((adlerA >> 16) & 0xFFFF) + ((adlerB >> 16) & 0xFFFF) + base - remainder;
        sum1 %= base;
        sum2 %= base;
        return sum1 | (sum2 << 16);
    }

    private static byte[] flush(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value);
        int16(out, value >>> 16);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
