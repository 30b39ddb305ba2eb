package tw.vendorrisk.contract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document: paragraphs and tables in document order, one paragraph or table row
 * per line (cells separated by tabs). Word's automatic numbering is written out as Word shows it
 * ({@code 第一條}, {@code 一、}, {@code 1.1}), since contracts often number their articles that way.
 */
final class DocxText {

    private static final int LEVELS = 9;

    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private DocxText() {
    }

    static String of(XWPFDocument document) {
        DocxText docx = new DocxText();
        docx.elements(document.getBodyElements());
        return docx.text.toString();
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(numbering(paragraph)).append(paragraph.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT control) {
                text.append(control.getContent().getText()).append('\n');
            }
        }
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    elements(cell.getBodyElements());
                    continue;
                }
                if (line.length() > 0) {
                    line.append('\t');
                }
                line.append(cell.getText().replace('\n', ' ').strip());
            }
            text.append(line).append('\n');
        }
    }

    /** The label Word shows for an automatically numbered paragraph, or "" for none. */
    private String numbering(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (numId == null || format == null || levelText == null || "bullet".equals(format)) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
        int[] counts = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        counts[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = 0;
        }
        String label = levelText;
        for (int i = 0; i <= level; i++) {
            int count = Math.max(1, counts[i]);
            label = label.replace("%" + (i + 1), i == level ? format(count, format) : Integer.toString(count));
        }
        return label + (label.endsWith("、") ? "" : " ");
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
