package tw.vendorrisk.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One term of a library phrase: alternatives separated by {@code |}, each of them words that may
 * have a {@code …} gap (up to {@code gap} characters within one sentence). Compared with normalised text.
 */
final class Term {

    record Match(int start, int end) {
    }

    private final String source;
    private final Pattern pattern;
    /** The words each alternative starts with: without one of them in the text, the term cannot match. */
    private final List<String> firstWords;

    private Term(String source, Pattern pattern, List<String> firstWords) {
        this.source = source;
        this.pattern = pattern;
        this.firstWords = List.copyOf(firstWords);
    }

    static Term parse(String source, ContractNormaliser normaliser, int gap) {
        List<String> alternatives = new ArrayList<>();
        List<String> firstWords = new ArrayList<>();
        for (String alternative : source.split("\\|")) {
            List<String> parts = new ArrayList<>();
            for (String part : alternative.split("…|\\.\\.\\.", -1)) {
                String normalised = normaliser.normalise(part);
                if (normalised.isEmpty()) {
                    throw new IllegalStateException("Empty words in the phrase term '" + source + "'");
                }
                if (parts.isEmpty()) {
                    firstWords.add(normalised);
                }
                parts.add(Pattern.quote(normalised));
            }
            alternatives.add(String.join("[^\\n。]{0," + gap + "}?", parts));
        }
        return new Term(source, Pattern.compile(alternatives.stream().collect(Collectors.joining("|"))), firstWords);
    }

    boolean occursIn(String text) {
        return mayOccurIn(text) && pattern.matcher(text).find();
    }

    private boolean mayOccurIn(String text) {
        for (String word : firstWords) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    List<Match> matches(String text) {
        if (!mayOccurIn(text)) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            matches.add(new Match(matcher.start(), matcher.end()));
            from = matcher.start() + 1;
        }
        return matches;
    }

    @Override
    public String toString() {
        return source;
    }
}
