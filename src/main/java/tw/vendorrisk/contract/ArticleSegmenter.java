package tw.vendorrisk.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits contract text into articles and their sentences.
 * <ul>
 * <li>Article headings: {@code 第九條}, {@code 第 9 條}, {@code 第12條之一}, {@code 第十二條之1}; without
 * them, list numbering {@code 一、 … 十二、}; without that, {@code 1. 2. …}. Chapters ({@code 第一章}),
 * sections ({@code 壹、}) and appendices ({@code 附件一}) also end an article.</li>
 * <li>Titles: {@code 【保密義務】} or {@code （保密義務）} after the heading, a short text after the heading,
 * or a short line right below it. Titles guide the choice of evidence but are never evidence themselves.</li>
 * <li>Sub-items ({@code 1.}, {@code 1.1}, {@code (一)}, {@code （1）}, {@code 一、} inside 第X條) belong to their article.</li>
 * <li>Lines wrapped by a PDF or a fixed-width text are joined again; page numbers are dropped.</li>
 * </ul>
 */
final class ArticleSegmenter {

    private enum Kind { ARTICLE, LIST, ARABIC, BOUNDARY }

    /** A heading; {@code rest} is what follows it on the line, as written. */
    private record Heading(Kind kind, String written, String number, String rest) {
    }

    private static final String CN_DIGITS = "一二三四五六七八九十百零〇兩";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(第\\s*([0-9" + CN_DIGITS + "]+)\\s*條(?:\\s*之\\s*([0-9" + CN_DIGITS + "]+))?)(.*)$");
    private static final Pattern LIST = Pattern.compile("^(([一二三四五六七八九十百]+)\\s*、)(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(([0-9]{1,2})\\s*[.、](?![0-9]))(.*)$");
    private static final Pattern BOUNDARY = Pattern.compile(
            "^(第\\s*[0-9" + CN_DIGITS + "]+\\s*[章節編篇]|[壹貳參肆伍陸柒捌玖拾]+\\s*[、.]|附件\\s*[0-9A-Za-z" + CN_DIGITS
                    + "]*)(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(?:[(]\\s*[0-9" + CN_DIGITS + "]+\\s*[)]"
            + "|[0-9]+(?:\\.[0-9]+)+|[0-9]+\\s*[.、)]|[" + CN_DIGITS + "]+\\s*、|[①-⑳]|[A-Za-z][.)]"
            + "|[甲乙丙丁戊己庚辛壬癸]\\s*、|[壹貳參肆伍陸柒捌玖拾]+\\s*、)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-–—\\s]*[0-9]+[-–—\\s]*|第\\s*[0-9]+\\s*頁.*|[0-9]+\\s*/\\s*[0-9]+|page\\s*[0-9]+.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final String HEADING_STARTS = "第附0123456789" + CN_DIGITS + "壹貳參肆伍陸柒捌玖拾";
    private static final int MAX_PAGE_NUMBER = 20;
    private static final String SEPARATORS = " \t:、.-—–【(「";
    private static final String SENTENCE_ENDS = "。!?;";
    private static final String LINE_ENDS = "。!?;:」』)";
    private static final int MAX_GLUED_TITLE = 15;
    private static final int MAX_LINE_TITLE = 15;
    private static final int MAX_COLON_TITLE = 12;
    private static final int MAX_LEAD_IN_ITEMS = 15;

    private final ContractNormaliser normaliser;
    private final ChineseNumerals numerals;

    ArticleSegmenter(ContractNormaliser normaliser) {
        this.normaliser = normaliser;
        this.numerals = normaliser.numerals();
    }

    List<Article> segment(String text) {
        List<String> lines = lines(text);
        Kind kind = articleKind(lines);
        double wrapWidth = wrapWidth(lines);
        List<Article> articles = new ArrayList<>();
        String heading = kind == null ? Article.WHOLE_TEXT : Article.PREAMBLE;
        String number = "";
        String title = "";
        List<String> body = new ArrayList<>();
        int previousNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Heading candidate = heading(line, kind, previousNumber);
            if (candidate == null) {
                body.add(line);
                continue;
            }
            addArticle(articles, heading, number, title, body, wrapWidth);
            heading = candidate.written();
            number = candidate.number();
            if (candidate.kind() == Kind.ARTICLE || candidate.kind() == Kind.LIST || candidate.kind() == Kind.ARABIC) {
                previousNumber = mainNumber(candidate.number(), previousNumber);
            }
            body = new ArrayList<>();
            String[] titleAndBody = titleAndBody(candidate.rest());
            title = titleAndBody[0];
            if (!titleAndBody[1].isEmpty()) {
                body.add(titleAndBody[1]);
            } else if (title.isEmpty() && i + 1 < lines.size() && isTitleLine(lines.get(i + 1), kind)) {
                title = unbracket(lines.get(++i));
            }
        }
        addArticle(articles, heading, number, title, body, wrapWidth);
        return articles;
    }

    // ---- lines and headings ----

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1)) {
            String line = raw.strip();
            if (!line.isEmpty() && line.length() <= MAX_PAGE_NUMBER && PAGE_NUMBER.matcher(halfWidth(line)).matches()) {
                continue;
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * The numbering that marks articles: 第X條 when it heads at least two lines; otherwise whichever
     * of 一、 and 1. forms the longer run 1, 2, 3 … in document order. Lists in annexes at the end
     * (after 附件 in the second half of the text) do not count, so they cannot outweigh the articles.
     */
    private Kind articleKind(List<String> lines) {
        int annexStart = annexStart(lines);
        Map<Kind, Map<Integer, Integer>> runs = new EnumMap<>(Kind.class);
        Map<Kind, Integer> longest = new EnumMap<>(Kind.class);
        int articles = 0;
        for (String line : lines.subList(0, annexStart)) {
            if (!mayBeHeading(line)) {
                continue;
            }
            String half = halfWidth(line);
            for (Kind kind : List.of(Kind.ARTICLE, Kind.LIST, Kind.ARABIC)) {
                Heading heading = heading(half, kind);
                if (heading == null) {
                    continue;
                }
                if (kind == Kind.ARTICLE) {
                    articles++;
                }
                Map<Integer, Integer> run = runs.computeIfAbsent(kind, k -> new HashMap<>());
                int number = mainNumber(heading.number(), -1);
                int length = Math.max(run.getOrDefault(number, 0), run.getOrDefault(number - 1, 0) + 1);
                run.put(number, length);
                longest.merge(kind, length, Math::max);
            }
        }
        if (articles >= 2) {
            return Kind.ARTICLE;
        }
        int list = longest.getOrDefault(Kind.LIST, 0);
        int arabic = longest.getOrDefault(Kind.ARABIC, 0);
        if (Math.max(list, arabic) < 2) {
            return null;
        }
        return list >= arabic ? Kind.LIST : Kind.ARABIC;
    }

    private static int annexStart(List<String> lines) {
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            Matcher boundary = BOUNDARY.matcher(halfWidth(lines.get(i)));
            if (lines.get(i).startsWith("附件") && boundary.matches() && acceptsBoundary(boundary.group(2))) {
                return i;
            }
        }
        return lines.size();
    }

    /** A heading that starts an article, or null when the line is body text. */
    private Heading heading(String line, Kind kind, int previousNumber) {
        if (!mayBeHeading(line)) {
            return null;
        }
        String half = halfWidth(line);
        Matcher boundary = BOUNDARY.matcher(half);
        if (boundary.matches() && acceptsBoundary(boundary.group(2))) {
            return new Heading(Kind.BOUNDARY, line.substring(0, boundary.end(1)).strip(), "",
                    line.substring(boundary.start(2)));
        }
        if (kind == null) {
            return null;
        }
        Heading heading = heading(half, kind);
        if (heading == null) {
            return null;
        }
        if (kind == Kind.ARTICLE && !startsWithSeparator(heading.rest()) && !heading.rest().isEmpty()) {
            int main = mainNumber(heading.number(), -1);
            boolean inSequence = main == previousNumber || main == previousNumber + 1;
            if (!inSequence || heading.rest().length() > MAX_GLUED_TITLE || hasPunctuation(heading.rest())) {
                return null;
            }
        }
        int restStart = heading.written().length();
        return new Heading(heading.kind(), line.substring(0, restStart).strip(), heading.number(),
                line.substring(restStart));
    }

    private Heading heading(String half, Kind kind) {
        Matcher matcher = (switch (kind) {
            case ARTICLE -> ARTICLE;
            case LIST -> LIST;
            case ARABIC -> ARABIC;
            case BOUNDARY -> BOUNDARY;
        }).matcher(half);
        if (!matcher.matches()) {
            return null;
        }
        if (kind == Kind.ARTICLE) {
            int main = numerals.value(matcher.group(2));
            int sub = matcher.group(3) == null ? -1 : numerals.value(matcher.group(3));
            if (main < 0 || (matcher.group(3) != null && sub < 0)) {
                return null;
            }
            return new Heading(kind, matcher.group(1), sub < 0 ? Integer.toString(main) : main + "-" + sub,
                    matcher.group(4));
        }
        int value = numerals.value(matcher.group(2));
        return value < 0 ? null : new Heading(kind, matcher.group(1), Integer.toString(value), matcher.group(3));
    }

    /** Whether the line starts with a character that any heading starts with. */
    private static boolean mayBeHeading(String line) {
        return !line.isEmpty() && HEADING_STARTS.indexOf(halfWidth(line.charAt(0))) >= 0;
    }

    private static boolean acceptsBoundary(String rest) {
        return rest.isEmpty() || (rest.strip().length() <= 30 && rest.indexOf('。') < 0);
    }

    private boolean isTitleLine(String line, Kind kind) {
        if (line.isEmpty()) {
            return false;
        }
        String half = halfWidth(line);
        if (half.startsWith("【") && half.endsWith("】") || half.startsWith("(") && half.endsWith(")")) {
            return half.length() <= MAX_LINE_TITLE + 2;
        }
        return half.length() <= MAX_LINE_TITLE && !hasPunctuation(half) && !ITEM.matcher(half).lookingAt()
                && heading(line, kind, Integer.MAX_VALUE) == null;
    }

    /** [title, body] from the text after a heading on the same line. */
    private static String[] titleAndBody(String rest) {
        String text = halfWidth(rest).isEmpty() ? "" : stripSeparators(rest);
        String half = halfWidth(text);
        if (half.startsWith("【") && half.indexOf('】') > 0) {
            int close = half.indexOf('】');
            return new String[] {text.substring(1, close).strip(), text.substring(close + 1).strip()};
        }
        if (half.startsWith("(") && half.indexOf(')') > 0 && half.indexOf(')') <= MAX_LINE_TITLE + 1
                && !hasPunctuation(half.substring(1, half.indexOf(')')))) {
            int close = half.indexOf(')');
            return new String[] {text.substring(1, close).strip(), text.substring(close + 1).strip()};
        }
        if (!text.isEmpty() && text.length() <= MAX_GLUED_TITLE + 5 && !hasPunctuation(half)) {
            return new String[] {text, ""};
        }
        int colon = half.indexOf(':');
        if (colon > 0 && colon <= MAX_COLON_TITLE && !hasPunctuation(half.substring(0, colon))) {
            return new String[] {text.substring(0, colon).strip(), text};
        }
        return new String[] {"", text};
    }

    // ---- articles, wrapped lines, sentences ----

    private void addArticle(List<Article> articles, String heading, String number, String title, List<String> body,
            double wrapWidth) {
        List<Sentence> sentences = sentences(logicalLines(body, wrapWidth));
        boolean preambleOnly = articles.isEmpty() && Article.PREAMBLE.equals(heading);
        if (preambleOnly && sentences.isEmpty()) {
            return;
        }
        articles.add(Article.of(articles.size(), heading, number, title, normaliser.normalise(title), sentences));
    }

    private static List<String> logicalLines(List<String> body, double wrapWidth) {
        List<String> logical = new ArrayList<>();
        String previous = "";
        for (String line : body) {
            if (line.isEmpty()) {
                previous = "";
                continue;
            }
            boolean wrapped = !previous.isEmpty() && !logical.isEmpty()
                    && LINE_ENDS.indexOf(lastChar(halfWidth(previous))) < 0
                    && !ITEM.matcher(halfWidth(line)).lookingAt()
                    && visualWidth(previous) >= 0.8 * wrapWidth;
            if (wrapped) {
                String last = logical.remove(logical.size() - 1);
                boolean space = isAsciiWord(last.charAt(last.length() - 1)) && isAsciiWord(line.charAt(0));
                logical.add(last + (space ? " " : "") + line);
            } else {
                logical.add(line);
            }
            previous = line;
        }
        return logical;
    }

    private List<Sentence> sentences(List<String> logicalLines) {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : logicalLines) {
            boolean item = ITEM.matcher(halfWidth(line)).lookingAt();
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                if (SENTENCE_ENDS.indexOf(halfWidth(line.charAt(i))) >= 0 || i == line.length() - 1) {
                    String text = line.substring(start, i + 1).strip();
                    start = i + 1;
                    String normalised = normaliser.normalise(text);
                    if (normalised.chars().noneMatch(Character::isLetterOrDigit)) {
                        continue;
                    }
                    sentences.add(new Sentence(sentences.size(), text, normalised, item,
                            normalised.endsWith(":"), isTitleLike(normalised)));
                    item = false;
                }
            }
        }
        return sentences;
    }

    /** A short line without punctuation, such as {@code 7. 保固}: a title rather than a statement. */
    private static boolean isTitleLike(String normalised) {
        return normalised.length() <= MAX_LINE_TITLE + 4 && !hasPunctuation(normalised)
                && normalised.chars().noneMatch(c -> c == '。');
    }

    /** How many list items a lead-in sentence reaches. */
    static int leadInReach(List<Sentence> sentences, int leadIn) {
        int last = leadIn;
        while (last + 1 < sentences.size() && sentences.get(last + 1).item() && last - leadIn < MAX_LEAD_IN_ITEMS) {
            last++;
        }
        return last;
    }

    // ---- helpers ----

    private static double wrapWidth(List<String> lines) {
        int[] widths = lines.stream().filter(line -> line.length() >= 8).mapToInt(ArticleSegmenter::visualWidth)
                .sorted().toArray();
        return widths.length == 0 ? Double.MAX_VALUE : widths[(int) Math.floor((widths.length - 1) * 0.9)];
    }

    private static int visualWidth(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    private static int mainNumber(String number, int otherwise) {
        if (number.isEmpty()) {
            return otherwise;
        }
        int dash = number.indexOf('-');
        return Integer.parseInt(dash < 0 ? number : number.substring(0, dash));
    }

    private static String stripSeparators(String text) {
        int i = 0;
        while (i < text.length() && SEPARATORS.indexOf(halfWidth(text.charAt(i))) >= 0
                && halfWidth(text.charAt(i)) != '【' && halfWidth(text.charAt(i)) != '(' && text.charAt(i) != '「') {
            i++;
        }
        return text.substring(i).strip();
    }

    private static boolean startsWithSeparator(String rest) {
        return !rest.isEmpty() && SEPARATORS.indexOf(rest.charAt(0)) >= 0;
    }

    private static String unbracket(String line) {
        String half = halfWidth(line);
        if ((half.startsWith("【") && half.endsWith("】")) || (half.startsWith("(") && half.endsWith(")"))) {
            return line.substring(1, line.length() - 1).strip();
        }
        return line.strip();
    }

    private static boolean hasPunctuation(String half) {
        return half.chars().anyMatch(c -> "。,，;；:：!?".indexOf(c) >= 0);
    }

    private static char lastChar(String text) {
        return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Full-width ASCII forms and the ideographic space to half-width, one character for one. */
    static String halfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = halfWidth(chars[i]);
        }
        return new String(chars);
    }

    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
