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

    private Term(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    static Term parse(String source, ContractNormaliser normaliser, int gap) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : source.split("\\|")) {
            List<String> parts = new ArrayList<>();
            for (String part : alternative.split("…|\\.\\.\\.", -1)) {
                String normalised = normaliser.normalise(part);
                if (normalised.isEmpty()) {
                    throw new IllegalStateException("Empty words in the phrase term '" + source + "'");
                }
                parts.add(Pattern.quote(normalised));
            }
            alternatives.add(String.join("[^\\n。]{0," + gap + "}?", parts));
        }
        return new Term(source, Pattern.compile(alternatives.stream().collect(Collectors.joining("|"))));
    }

    boolean occursIn(String text) {
        return pattern.matcher(text).find();
    }

    List<Match> matches(String text) {
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
