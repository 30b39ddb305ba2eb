package tw.vendorrisk.contract;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document: paragraphs and tables in document order, one paragraph or table row
 * per line (cells separated by tabs). Word's automatic numbering is written out as Word shows it
 * ({@code 第一條}, {@code 一、}, {@code 1.1}), since contracts often number their articles that way.
 * <p>
 * Read as it is unpacked, never whole: the zip entry by entry ({@code java.util.zip}), the parts
 * {@code word/document.xml} and {@code word/numbering.xml} as a stream of XML events (StAX, no DTD, no
 * entities), every unpacked byte and every character of text counted against the
 * {@link ExtractionBudget}. What Word does not show is left out: deleted and moved-away text, field
 * codes, text boxes. The main part is the one {@code _rels/.rels} names when that comes first in the
 * zip, as Word writes it, and {@code word/document.xml} otherwise.
 */
final class DocxText {

    private static final int LEVELS = 9;
    private static final int MAX_DEPTH = 256;
    private static final String MAIN_PART = "word/document.xml";
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final Set<String> W = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Elements whose content Word does not show in the text: deleted and moved-away runs, text boxes. */
    private static final Set<String> HIDDEN = Set.of("del", "moveFrom", "txbxContent");

    private DocxText() {
    }

    /**
     * The text of a .docx. Throws {@link ContractTooLargeException} when it passes a limit of the budget,
     * and {@link IOException} or {@link XMLStreamException} when it is no Word document.
     */
    static String of(byte[] docx, ExtractionBudget budget) throws IOException, XMLStreamException {
        String mainPart = MAIN_PART;
        Body body = null;
        Numbering numbering = new Numbering();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.addPart();
                String name = entry.getName();
                boolean read = name.equals(PACKAGE_RELATIONSHIPS) && body == null || name.equals(mainPart)
                        || name.equals(numberingPart(mainPart));
                InputStream part = new Unpacked(zip, budget, name, read);
                if (name.equals(PACKAGE_RELATIONSHIPS) && body == null) {
                    mainPart = mainPart(part).orElse(MAIN_PART);
                } else if (name.equals(mainPart)) {
                    if (body != null) {
                        throw new IOException("the zip holds " + name + " twice");
                    }
                    body = new Body(budget);
                    body.read(part);
                } else if (name.equals(numberingPart(mainPart))) {
                    numbering.read(part, budget);
                }
                part.transferTo(OutputStream.nullOutputStream()); // what is left is counted too
            }
        }
        if (body == null) {
            throw new IOException("it has no " + mainPart);
        }
        return body.text(numbering);
    }

    private static String numberingPart(String mainPart) {
        return mainPart.substring(0, mainPart.lastIndexOf('/') + 1) + "numbering.xml";
    }

    /** The target of the package's office document relationship, without a leading slash. */
    private static Optional<String> mainPart(InputStream relationships) throws XMLStreamException {
        XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(relationships);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith(OFFICE_DOCUMENT)
                        && xml.getAttributeValue(null, "Target") != null) {
                    String target = xml.getAttributeValue(null, "Target");
                    return Optional.of(target.startsWith("/") ? target.substring(1) : target);
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static boolean isW(XMLStreamReader xml) {
        return W.contains(xml.getNamespaceURI());
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * One entry of the zip as it is inflated, every byte counted against the budget: towards all parts
     * together, and for a part that is read, towards the limit of one part.
     */
    private static final class Unpacked extends FilterInputStream {

        private final ExtractionBudget budget;
        private final String name;
        private final boolean read;
        private long count;

        Unpacked(InputStream in, ExtractionBudget budget, String name, boolean read) {
            super(in);
            this.budget = budget;
            this.name = name;
            this.read = read;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            return Math.max(0, read(skipped, 0, skipped.length));
        }

        @Override
        public void close() {
            // the zip stays open for its next entry
        }

        private void counted(int n) {
            count += n;
            budget.addUnpacked(n);
            if (read) {
                budget.checkPartSize(count, budget.limits().maxPartBytes(), name);
            }
            budget.checkTime();
        }
    }

    /**
     * Text with the places of Word's automatic numbers, written out at the end: the numbering part may
     * come after the document in the zip. Each place is a paragraph start with its list and level.
     */
    private static final class Chunk {

        final StringBuilder text = new StringBuilder();
        int[] places = new int[0]; // offset, list, level
        int size;

        void number(int list, int level) {
            if (size + 3 > places.length) {
                places = Arrays.copyOf(places, Math.max(48, places.length * 2));
            }
            places[size++] = text.length();
            places[size++] = list;
            places[size++] = level;
        }

        void append(Chunk other) {
            for (int i = 0; i < other.size; i += 3) {
                if (size + 3 > places.length) {
                    places = Arrays.copyOf(places, Math.max(48, places.length * 2));
                }
                places[size++] = text.length() + other.places[i];
                places[size++] = other.places[i + 1];
                places[size++] = other.places[i + 2];
            }
            text.append(other.text);
        }
    }

    /** What holds lines: the body, and a table cell that holds a table itself. */
    private static class Container {
        final Chunk lines = new Chunk();
    }

    /**
     * A table cell: its paragraphs run together on its row's line, unless it holds a table; then its
     * paragraphs and tables come before the row, as lines of their own.
     */
    private static final class Cell extends Container {
        final StringBuilder text = new StringBuilder();
        boolean holdsTable;
    }

    /** A table row: the lines of cells holding tables, then the row itself. */
    private static final class Row {
        final Chunk before = new Chunk();
        final List<String> cells = new ArrayList<>();
    }

    /** A paragraph being read. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        Integer list;
        Integer level;
    }

    /** The body of {@code word/document.xml}, read event by event. */
    private static final class Body extends Container {

        private final ExtractionBudget budget;
        private final Deque<String> elements = new ArrayDeque<>();
        private final Deque<Object> blocks = new ArrayDeque<>(); // Container, Row
        private Paragraph paragraph;
        private int paragraphDepth;
        private int hiddenDepth;
        private boolean inText;
        private int events;

        Body(ExtractionBudget budget) {
            this.budget = budget;
            blocks.push(this);
        }

        void read(InputStream part) throws XMLStreamException {
            XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(part);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (++events % 4096 == 0) {
                        budget.checkTime();
                    }
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> start(xml);
                        case XMLStreamConstants.END_ELEMENT -> end(xml);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (inText && hiddenDepth == 0 && paragraph != null) {
                                text(xml.getText());
                            }
                        }
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                                throw new XMLStreamException("a Word document declares no DTD and no entities");
                        default -> {
                            // comments, processing instructions, white space between elements
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }

        private void start(XMLStreamReader xml) throws XMLStreamException {
            String parent = elements.peek();
            String name = (isW(xml) ? "" : "~") + xml.getLocalName();
            elements.push(name);
            if (elements.size() > MAX_DEPTH) {
                throw new XMLStreamException("elements nested more than " + MAX_DEPTH + " deep");
            }
            if (hiddenDepth > 0 || HIDDEN.contains(name)
                    || MARKUP_COMPATIBILITY.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("Fallback")) {
                hiddenDepth++;
                return;
            }
            switch (name) {
                case "p" -> {
                    if (paragraphDepth++ == 0) {
                        paragraph = new Paragraph();
                    }
                }
                case "t" -> inText = "r".equals(parent);
                case "tab", "ptab" -> runText(parent, "\t");
                case "br", "cr" -> runText(parent, "\n");
                case "numId", "ilvl" -> numbering(xml, name);
                case "tbl" -> {
                    if (blocks.peek() instanceof Cell cell) {
                        cell.holdsTable = true;
                    }
                }
                case "tr" -> blocks.push(new Row());
                case "tc" -> {
                    if (!(blocks.peek() instanceof Row)) {
                        throw new XMLStreamException("a table cell outside a table row");
                    }
                    blocks.push(new Cell());
                }
                default -> {
                    // formatting, bookmarks, fields, drawings: no text of their own
                }
            }
        }

        private void end(XMLStreamReader xml) {
            String name = elements.pop();
            if (hiddenDepth > 0) {
                hiddenDepth--;
                return;
            }
            switch (name) {
                case "p" -> {
                    if (--paragraphDepth == 0) {
                        endParagraph();
                    }
                }
                case "t" -> inText = false;
                case "tc" -> {
                    Cell cell = (Cell) blocks.pop();
                    Row row = (Row) blocks.peek();
                    if (cell.holdsTable) {
                        row.before.append(cell.lines);
                    } else {
                        row.cells.add(cell.text.toString().replace('\n', ' ').strip());
                    }
                }
                case "tr" -> {
                    Row row = (Row) blocks.pop();
                    Container container = (Container) blocks.peek();
                    container.lines.append(row.before);
                    StringBuilder line = new StringBuilder();
                    for (String cell : row.cells) {
                        if (line.length() > 0) {
                            line.append('\t');
                        }
                        line.append(cell);
                    }
                    container.lines.text.append(line).append('\n');
                }
                default -> {
                    // nothing to finish
                }
            }
        }

        private void runText(String parent, String text) {
            if ("r".equals(parent) && paragraph != null) {
                text(text);
            }
        }

        private void text(String text) {
            budget.addCharacters(text.length());
            paragraph.text.append(text);
        }

        /** The list and level of a paragraph's own numbering ({@code w:p/w:pPr/w:numPr}). */
        private void numbering(XMLStreamReader xml, String name) {
            if (paragraph == null || paragraphDepth != 1 || elements.size() < 4) {
                return;
            }
            String[] path = elements.stream().limit(4).toArray(String[]::new); // this, numPr, pPr, p
            if (path[1].equals("numPr") && path[2].equals("pPr") && path[3].equals("p")) {
                Integer value = number(attribute(xml, "val"));
                if (name.equals("numId")) {
                    paragraph.list = value;
                } else {
                    paragraph.level = value;
                }
            }
        }

        private void endParagraph() {
            Paragraph done = paragraph;
            paragraph = null;
            budget.addCharacters(1);
            Container container = blocks.peek() instanceof Container found ? found : null;
            if (container == null) {
                return; // a paragraph directly in a row: not where Word puts one
            }
            if (done.list != null) {
                container.lines.number(done.list, done.level == null ? 0 : done.level);
            }
            container.lines.text.append(done.text).append('\n');
            if (container instanceof Cell cell) {
                cell.text.append(done.text);
            }
        }

        /** The text, with the numbers of numbered paragraphs written out. */
        String text(Numbering numbering) {
            Chunk chunk = lines;
            Map<Integer, int[]> counters = new HashMap<>();
            StringBuilder out = new StringBuilder(chunk.text.length() + chunk.size * 2);
            int copied = 0;
            for (int i = 0; i < chunk.size; i += 3) {
                out.append(chunk.text, copied, chunk.places[i]);
                copied = chunk.places[i];
                out.append(numbering.label(chunk.places[i + 1], chunk.places[i + 2], counters));
            }
            return out.append(chunk.text, copied, chunk.text.length()).toString();
        }
    }

    /** The lists of {@code word/numbering.xml}: each list's levels with their number format and text. */
    private static final class Numbering {

        record Level(String format, String text) {
        }

        private final Map<Integer, Integer> abstractOfList = new HashMap<>();
        private final Map<Integer, Map<Integer, Level>> levels = new HashMap<>();

        void read(InputStream part, ExtractionBudget budget) throws XMLStreamException {
            XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(part);
            try {
                Deque<String> elements = new ArrayDeque<>();
                Integer abstractNum = null;
                Integer list = null;
                Integer level = null;
                String format = null;
                String text = null;
                int events = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (++events % 4096 == 0) {
                        budget.checkTime();
                    }
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new XMLStreamException("a Word document declares no DTD and no entities");
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = elements.pop();
                        if (name.equals("lvl") && abstractNum != null && level != null) {
                            levels.computeIfAbsent(abstractNum, id -> new HashMap<>()).put(level, new Level(format, text));
                            level = null;
                        }
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String parent = elements.peek();
                    String name = (isW(xml) ? "" : "~") + xml.getLocalName();
                    elements.push(name);
                    if (elements.size() > MAX_DEPTH) {
                        throw new XMLStreamException("elements nested more than " + MAX_DEPTH + " deep");
                    }
                    switch (name) {
                        case "abstractNum" -> abstractNum = number(attribute(xml, "abstractNumId"));
                        case "lvl" -> {
                            // the levels of an abstract list; a list's overrides are not followed
                            level = "abstractNum".equals(parent) ? number(attribute(xml, "ilvl")) : null;
                            format = null;
                            text = null;
                        }
                        case "numFmt" -> format = "lvl".equals(parent) ? attribute(xml, "val") : format;
                        case "lvlText" -> text = "lvl".equals(parent) ? attribute(xml, "val") : text;
                        case "num" -> list = number(attribute(xml, "numId"));
                        case "abstractNumId" -> {
                            Integer id = number(attribute(xml, "val"));
                            if ("num".equals(parent) && list != null && id != null) {
                                abstractOfList.put(list, id);
                            }
                        }
                        default -> {
                            // other properties of lists and levels
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }

        /** The label Word shows for a paragraph numbered in this list at this level, or "" for none. */
        String label(int list, int level, Map<Integer, int[]> counters) {
            Integer abstractNum = abstractOfList.get(list);
            Level found = abstractNum == null ? null : levels.getOrDefault(abstractNum, Map.of()).get(level);
            if (found == null || found.format() == null || found.text() == null || "bullet".equals(found.format())) {
                return "";
            }
            int depth = Math.max(0, Math.min(LEVELS - 1, level));
            int[] counts = counters.computeIfAbsent(list, id -> new int[LEVELS]);
            counts[depth]++;
            for (int deeper = depth + 1; deeper < LEVELS; deeper++) {
                counts[deeper] = 0;
            }
            String label = found.text();
            for (int i = 0; i <= depth; i++) {
                int count = Math.max(1, counts[i]);
                label = label.replace("%" + (i + 1), i == depth ? format(count, found.format()) : Integer.toString(count));
            }
            return label + (label.endsWith("、") ? "" : " ");
        }
    }

    static String format(int number, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "chinesecounting", "chinesecountingthousand", "taiwanesecounting", "taiwanesecountingthousand",
                    "ideographlegaltraditional", "japanesecounting" -> chinese(number);
            case "taiwanesedigital", "ideographdigital" -> digitByDigit(number);
            case "ideographtraditional" -> number >= 1 && number <= 10 ? Character.toString("甲乙丙丁戊己庚辛壬癸"
                    .charAt(number - 1)) : Integer.toString(number);
            case "decimalfullwidth", "decimalfullwidth2" -> fullWidth(Integer.toString(number));
            case "upperletter" -> letter(number, 'A');
            case "lowerletter" -> letter(number, 'a');
            case "upperroman" -> roman(number);
            case "lowerroman" -> roman(number).toLowerCase(Locale.ROOT);
            default -> Integer.toString(number);
        };
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    /** 1 一, 10 十, 12 十二, 21 二十一, 105 一百零五. */
    static String chinese(int number) {
        if (number <= 0 || number >= 1000) {
            return Integer.toString(number);
        }
        int hundreds = number / 100;
        int tens = number / 10 % 10;
        int ones = number % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }

    private static String digitByDigit(int number) {
        StringBuilder out = new StringBuilder();
        Integer.toString(number).chars().forEach(c -> out.append(DIGITS.charAt(c - '0')));
        return out.toString();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }

    private static String letter(int number, char first) {
        return number >= 1 && number <= 26 ? Character.toString((char) (first + number - 1)) : Integer.toString(number);
    }

    private static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
