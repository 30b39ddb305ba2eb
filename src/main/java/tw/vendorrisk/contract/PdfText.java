package tw.vendorrisk.contract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF, read with PDFBox within an {@link ExtractionBudget}.
 * <p>
 * PDFBox unpacks each stream it reads whole into memory, with no limit of its own: a Flate stream of
 * 1.5 MB can hold 1.5 GB. So no stream reaches PDFBox unchecked:
 * <ol>
 * <li>Before PDFBox sees the file, every Flate stream in it is inflated once and counted, without being
 * kept: no stream may unpack to more than {@link ExtractionBudget.Limits#maxStreamBytes()}, all of them
 * together to no more than {@link ExtractionBudget.Limits#maxUnpackedBytes()}. This covers the streams
 * PDFBox unpacks while it loads the file (cross-reference and object streams) in nearly every PDF.</li>
 * <li>While PDFBox loads the file, the memory it allocates is limited to
 * {@link ExtractionBudget.Limits#maxPartBytes()}: for an object stream that step 1 could not inflate
 * (encrypted, or compressed otherwise than with Flate).</li>
 * <li>After loading, and before any text is read, every stream the text extraction will unpack (object
 * streams; each page's content, its forms and its fonts) is decoded once through PDFBox's own filters,
 * also when encrypted or compressed otherwise than with Flate, and refused beyond
 * {@link ExtractionBudget.Limits#maxPartBytes()}. A page's content compressed as an image (JPEG,
 * JPEG 2000, JBIG2, fax) is refused as damaged.</li>
 * <li>Throughout, the processor time is checked at the reads of the file, and while the text is read at
 * every page, form and 1024th operator; the characters are counted on each page and in all.</li>
 * </ol>
 */
final class PdfText {

    private static final byte[] STREAM = {'s', 't', 'r', 'e', 'a', 'm'};
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private PdfText() {
    }

    /**
     * The text of a PDF. Throws {@link ContractTooLargeException} when it passes a limit of the budget,
     * and {@link IOException} when PDFBox cannot read it (an
     * {@link org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException} when it needs a password).
     */
    static String of(byte[] pdf, ExtractionBudget budget) throws IOException {
        try {
            checkFlateStreams(pdf, budget);
            try (PDDocument document = open(pdf, budget)) {
                checkStreams(document, budget);
                Stripper stripper = new Stripper(budget);
                stripper.setLineSeparator("\n");
                stripper.setPageEnd("\n");
                stripper.setShouldSeparateByBeads(false);
                return stripper.getText(document);
            }
        } catch (IOException | RuntimeException e) {
            budget.rethrowIfExceeded(); // PDFBox may have caught the refusal and failed otherwise
            throw e;
        }
    }

    /**
     * Loads the file. PDFBox unpacks the object streams that hold the catalog and the page tree while it
     * loads, before step 3 can check them: if one is encrypted or compressed otherwise than with Flate,
     * only the memory loading allocates can stop it, which is limited to
     * {@link ExtractionBudget.Limits#maxPartBytes()} (loading a PDF of 800 pages allocates 3 MB).
     */
    private static PDDocument open(byte[] pdf, ExtractionBudget budget) throws IOException {
        budget.limitAllocation(budget.limits().maxPartBytes(), "while it is opened");
        try {
            return Loader.loadPDF(new CheckedRead(pdf, budget), "", () -> new CheckedCache(budget));
        } finally {
            budget.endAllocationLimit();
        }
    }

    /** Step 1: inflates every Flate stream of the raw file once, keeping nothing. */
    private static void checkFlateStreams(byte[] pdf, ExtractionBudget budget) {
        long maxStream = budget.limits().maxStreamBytes();
        Inflater inflater = new Inflater();
        byte[] discarded = new byte[64 * 1024];
        try {
            for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
                int start = at + STREAM.length;
                boolean endstream = at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd';
                if (start < pdf.length && pdf[start] == '\r') {
                    start++;
                }
                if (start < pdf.length && pdf[start] == '\n') {
                    start++;
                }
                if (endstream || start + 2 > pdf.length || !isZlibHeader(pdf[start], pdf[start + 1])) {
                    continue;
                }
                inflater.reset();
                inflater.setInput(pdf, start, pdf.length - start);
                long size = 0;
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(discarded);
                        size += n;
                        budget.addUnpacked(n);
                        budget.checkPartSize(size, maxStream, "one of its streams");
                    }
                } catch (DataFormatException damaged) {
                    // not Flate after all, or damaged: PDFBox reads what it can of it
                }
                budget.checkTime();
            }
        } finally {
            inflater.end();
        }
    }

    private static boolean isZlibHeader(byte first, byte second) {
        int header = (first & 0xFF) << 8 | second & 0xFF;
        return (first & 0x0F) == 8 && header % 31 == 0;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Step 3: decodes, once and without keeping it, every stream the text extraction will read: the
     * object streams, then each page's content, forms (recursively) and fonts.
     */
    private static void checkStreams(PDDocument document, ExtractionBudget budget) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        COSDocument cos = document.getDocument();
        for (Map.Entry<COSObjectKey, Long> entry : List.copyOf(cos.getXrefTable().entrySet())) {
            // an object kept in an object stream has the negated number of that stream as its offset
            if (entry.getValue() != null && entry.getValue() < 0) {
                COSObject objectStream = cos.getObjectFromPool(new COSObjectKey(-entry.getValue(), 0));
                if (objectStream.getObject() instanceof COSStream stream && seen.add(stream)) {
                    checkDecoded(stream, budget);
                }
            }
        }
        for (PDPage page : document.getPages()) {
            budget.checkTime();
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream && seen.add(stream)) {
                checkDecoded(stream, budget);
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSStream stream && seen.add(stream)) {
                        checkDecoded(stream, budget);
                    }
                }
            }
            PDResources resources = page.getResources();
            if (resources != null) {
                checkResources(resources.getCOSObject(), seen, budget);
            }
        }
    }

    /** The forms (recursively) and fonts of a page or form; images are never decoded for text. */
    private static void checkResources(COSDictionary first, Set<COSBase> seen, ExtractionBudget budget)
            throws IOException {
        Deque<COSDictionary> resources = new ArrayDeque<>(List.of(first));
        while (!resources.isEmpty()) {
            COSDictionary current = resources.pop();
            if (!seen.add(current)) {
                continue;
            }
            budget.checkTime();
            COSDictionary xObjects = current.getCOSDictionary(COSName.XOBJECT);
            if (xObjects != null) {
                for (COSName name : xObjects.keySet()) {
                    if (xObjects.getDictionaryObject(name) instanceof COSStream form
                            && !COSName.IMAGE.equals(form.getCOSName(COSName.SUBTYPE)) && seen.add(form)) {
                        checkDecoded(form, budget);
                        COSDictionary formResources = form.getCOSDictionary(COSName.RESOURCES);
                        if (formResources != null) {
                            resources.push(formResources);
                        }
                    }
                }
            }
            COSDictionary fonts = current.getCOSDictionary(COSName.FONT);
            if (fonts != null) {
                for (COSName name : fonts.keySet()) {
                    checkFont(fonts.getDictionaryObject(name), resources, seen, budget);
                }
            }
        }
    }

    /**
     * Every stream a font holds (font program, ToUnicode and encoding maps, CID to glyph map, the glyph
     * procedures of a Type 3 font), except images; the resources of a Type 3 font are checked as a
     * page's.
     */
    private static void checkFont(COSBase font, Deque<COSDictionary> resources, Set<COSBase> seen,
            ExtractionBudget budget) throws IOException {
        Deque<COSBase> open = new ArrayDeque<>();
        open.push(font);
        while (!open.isEmpty()) {
            COSBase current = open.pop();
            if (current instanceof COSObject reference) {
                current = reference.getObject();
            }
            if (current == null || !(current instanceof COSDictionary || current instanceof COSArray)
                    || !seen.add(current)) {
                continue;
            }
            budget.checkTime();
            if (current instanceof COSStream stream) {
                if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    checkDecoded(stream, budget);
                }
            }
            if (current instanceof COSDictionary dictionary) {
                for (Map.Entry<COSName, COSBase> item : dictionary.entrySet()) {
                    if (item.getKey().equals(COSName.RESOURCES) && item.getValue() instanceof COSDictionary) {
                        resources.push((COSDictionary) item.getValue());
                    } else if (item.getKey().equals(COSName.RESOURCES)
                            && item.getValue() instanceof COSObject reference
                            && reference.getObject() instanceof COSDictionary referenced) {
                        resources.push(referenced);
                    } else {
                        open.push(item.getValue());
                    }
                }
            } else {
                for (COSBase item : (COSArray) current) {
                    open.push(item);
                }
            }
        }
    }

    /** Decodes a stream through its filters into nothing, refusing it beyond the limit of one part. */
    private static void checkDecoded(COSStream stream, ExtractionBudget budget) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        for (COSName filter : filters) {
            if (IMAGE_CODECS.contains(filter)) {
                throw new IOException("text compressed as an image (" + filter.getName() + ")");
            }
        }
        if (filters.isEmpty()) {
            return; // no larger than the file
        }
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                Counted output = new Counted(budget, i < filters.size() - 1);
                try {
                    filter.decode(input, output, stream, i);
                } catch (IOException damaged) {
                    return; // PDFBox reads what it can of a damaged stream, as it did before
                }
                input.close();
                input = new ByteArrayInputStream(output.kept());
            }
        } finally {
            input.close();
        }
    }

    private static List<COSName> filters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Where a filter decodes to: counted, kept only when another filter follows. */
    private static final class Counted extends OutputStream {

        private final ExtractionBudget budget;
        private final ByteArrayOutputStream kept;
        private long count;

        Counted(ExtractionBudget budget, boolean keep) {
            this.budget = budget;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
            budget.checkPartSize(count, budget.limits().maxPartBytes(), "a page's content, form or font");
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        byte[] kept() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }

    /**
     * The file for PDFBox, checking time and memory at its reads, also at those of the views PDFBox reads
     * each stream through (which {@link RandomAccessReadBuffer} would read from a plain copy).
     */
    private static final class CheckedRead extends RandomAccessReadBuffer {

        private final byte[] pdf;
        private final ExtractionBudget budget;
        private CheckedRead views;
        private int reads;

        CheckedRead(byte[] pdf, ExtractionBudget budget) {
            super(pdf);
            this.pdf = pdf;
            this.budget = budget;
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            // one reader of the same bytes for all views, apart from this one, as RandomAccessReadBuffer has
            if (views == null || views.isClosed()) {
                views = new CheckedRead(pdf, budget);
            }
            return new RandomAccessReadView(views, startPosition, streamLength);
        }

        @Override
        public void close() throws IOException {
            if (views != null) {
                views.close();
            }
            super.close();
        }

        @Override
        public int read() throws IOException {
            if (++reads % 4096 == 0) {
                check(budget);
            }
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(budget);
            return super.read(buffer, offset, length);
        }
    }

    /**
     * Where PDFBox keeps what it writes while it reads: the decrypted data of an encrypted file's streams,
     * which PDFBox then decodes. Reading it checks time and memory as reading the file does.
     */
    private record CheckedCache(ExtractionBudget budget) implements RandomAccessStreamCache {

        @Override
        public RandomAccess createBuffer() {
            return new CheckedBuffer(budget);
        }

        @Override
        public void close() {
            // each buffer is closed with its stream
        }
    }

    private static final class CheckedBuffer extends RandomAccessReadWriteBuffer {

        private final ExtractionBudget budget;
        private int reads;

        CheckedBuffer(ExtractionBudget budget) {
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            if (++reads % 4096 == 0) {
                check(budget);
            }
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(budget);
            return super.read(buffer, offset, length);
        }
    }

    private static void check(ExtractionBudget budget) {
        budget.checkTime();
        budget.checkAllocation();
    }

    /** PDFBox's text extraction, checking the time as it goes and counting the characters. */
    private static final class Stripper extends PDFTextStripper {

        private final ExtractionBudget budget;
        private int pageCharacters;
        private long operators;

        Stripper(ExtractionBudget budget) {
            this.budget = budget;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            budget.checkTime();
            pageCharacters = 0;
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % 1024 == 0) {
                budget.checkTime();
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            budget.checkTime();
            super.showForm(form);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            budget.checkPageCharacters(++pageCharacters);
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            budget.addCharacters(text.length());
            super.writeString(text, textPositions);
        }
    }
}
