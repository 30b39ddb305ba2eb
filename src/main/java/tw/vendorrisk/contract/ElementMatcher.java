package tw.vendorrisk.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds where a required element occurs in an article: every phrase is tried on each sentence, on
 * windows of consecutive sentences when the element allows it, and on a lead-in sentence together
 * with its list items.
 */
final class ElementMatcher {

    /** Where an element was found: an article and the sentences that matched. */
    record Hit(int article, List<Integer> sentences) {
    }

    private record Window(String text, int[] offsets, int first) {

        int sentenceAt(int position) {
            int sentence = 0;
            while (sentence + 1 < offsets.length && offsets[sentence + 1] <= position) {
                sentence++;
            }
            return first + sentence;
        }
    }

    private final NegationRules negation;

    ElementMatcher(NegationRules negation) {
        this.negation = negation;
    }

    List<Hit> hits(RequiredElement element, Article article) {
        if (!anyHeadOccursIn(element, article.normalisedText())) {
            return List.of();
        }
        List<Sentence> sentences = article.sentences();
        Set<Hit> hits = new LinkedHashSet<>();
        for (int first = 0; first < sentences.size(); first++) {
            TreeSet<Integer> lasts = new TreeSet<>();
            for (int last : List.of(first, Math.min(sentences.size() - 1, first + element.window() - 1))) {
                lasts.add(beyondTitle(sentences, last));
            }
            if (sentences.get(first).leadIn()) {
                lasts.add(ArticleSegmenter.leadInReach(sentences, first));
            }
            for (int last : lasts) {
                Window window = window(sentences, first, last);
                if (anyOccursIn(element.unless(), window.text())) {
                    continue;
                }
                for (Phrase phrase : element.phrases()) {
                    List<Integer> matched = match(phrase, element, window);
                    if (matched != null) {
                        hits.add(new Hit(article.index(), matched));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(hits);
    }

    private static boolean anyHeadOccursIn(RequiredElement element, String text) {
        for (Phrase phrase : element.phrases()) {
            if (phrase.head().occursIn(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOccursIn(List<Term> terms, String text) {
        for (Term term : terms) {
            if (term.occursIn(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A window never ends on a title-like line when a sentence follows: {@code 7. 保固} counts only
     * together with what comes next, so that {@code 乙方不負保固責任} below it can deny it.
     */
    private static int beyondTitle(List<Sentence> sentences, int last) {
        return sentences.get(last).titleLike() && last + 1 < sentences.size() ? last + 1 : last;
    }

    /** The sentences the phrase matched in the window, or null. */
    private List<Integer> match(Phrase phrase, RequiredElement element, Window window) {
        String text = window.text();
        List<Term.Match> heads = outside(phrase.head().matches(text), element.not(), text);
        if (heads.isEmpty()) {
            return null;
        }
        if (element.negatable() && heads.stream().anyMatch(head -> negation.negates(text, head.start(), head.end()))) {
            return null;
        }
        TreeSet<Integer> sentences = new TreeSet<>();
        sentences.add(window.sentenceAt(heads.get(0).start()));
        for (Term term : phrase.others()) {
            List<Term.Match> matches = outside(term.matches(text), element.not(), text);
            if (matches.isEmpty()) {
                return null;
            }
            sentences.add(window.sentenceAt(matches.get(0).start()));
        }
        return List.copyOf(sentences);
    }

    /** The matches that do not lie inside one of the excluded words. */
    private static List<Term.Match> outside(List<Term.Match> matches, List<Term> excluded, String text) {
        if (excluded.isEmpty() || matches.isEmpty()) {
            return matches;
        }
        List<Term.Match> exclusions = new ArrayList<>();
        excluded.forEach(term -> exclusions.addAll(term.matches(text)));
        return matches.stream().filter(match -> exclusions.stream()
                .noneMatch(exclusion -> exclusion.start() <= match.start() && match.end() <= exclusion.end())).toList();
    }

    private static Window window(List<Sentence> sentences, int first, int last) {
        if (first == last) {
            return new Window(sentences.get(first).normalised(), new int[] {0}, first);
        }
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[last - first + 1];
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            offsets[i - first] = text.length();
            text.append(sentences.get(i).normalised());
        }
        return new Window(text.toString(), offsets, first);
    }
}
