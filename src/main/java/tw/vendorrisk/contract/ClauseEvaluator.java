package tw.vendorrisk.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges one clause of the library against a segmented contract: which required elements are
 * found, the status that follows, the sentences to quote and what is lacking.
 */
final class ClauseEvaluator {

    private final ElementMatcher matcher;

    ClauseEvaluator(ElementMatcher matcher) {
        this.matcher = matcher;
    }

    Finding evaluate(ClauseDefinition clause, List<Article> articles) {
        List<List<ElementMatcher.Hit>> hits = clause.elements().stream().map(element -> hits(element, articles)).toList();
        List<RequiredElement> lacking = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).isEmpty()) {
                lacking.add(clause.elements().get(i));
            }
        }
        if (!lacking.isEmpty()) {
            Optional<List<ElementMatcher.Hit>> instead = clause.instead().map(element -> hits(element, articles))
                    .filter(found -> !found.isEmpty());
            if (instead.isPresent()) {
                return finding(clause, ClauseStatus.PRESENT, evidence(clause, List.of(instead.get()), articles), null);
            }
        }
        if (lacking.isEmpty()) {
            return finding(clause, ClauseStatus.PRESENT, evidence(clause, hits, articles), null);
        }
        ClauseStatus status = lacking.size() == hits.size() ? ClauseStatus.MISSING : ClauseStatus.PARTIAL;
        return finding(clause, status, evidence(clause, hits, articles), lacking(lacking));
    }

    static Finding notApplicable(ClauseDefinition clause) {
        return finding(clause, ClauseStatus.NOT_APPLICABLE, List.of(), null);
    }

    private static Finding finding(ClauseDefinition clause, ClauseStatus status, List<Evidence> evidence,
            String lacking) {
        return new Finding(clause.id(), clause.group(), clause.title(), status, evidence, lacking);
    }

    private List<ElementMatcher.Hit> hits(RequiredElement element, List<Article> articles) {
        List<ElementMatcher.Hit> hits = new ArrayList<>();
        articles.forEach(article -> hits.addAll(matcher.hits(element, article)));
        return hits;
    }

    /**
     * One hit per found element: preferably all from the article that covers most elements (the
     * article whose title fits the clause best wins a tie, then the earlier one); else the hit in the
     * article whose title fits best, else the first hit.
     */
    private static List<Evidence> evidence(ClauseDefinition clause, List<List<ElementMatcher.Hit>> hits,
            List<Article> articles) {
        Map<Integer, Integer> elementsPerArticle = new HashMap<>();
        for (List<ElementMatcher.Hit> found : hits) {
            found.stream().map(ElementMatcher.Hit::article).distinct()
                    .forEach(article -> elementsPerArticle.merge(article, 1, Integer::sum));
        }
        Comparator<Article> preference = Comparator
                .comparingInt((Article article) -> elementsPerArticle.getOrDefault(article.index(), 0))
                .thenComparing(Comparator.comparingInt((Article article) -> article.titleRank(clause.articleTitles()))
                        .reversed())
                .thenComparing(Comparator.comparingInt(Article::index).reversed());
        Optional<Article> primary = articles.stream().max(preference);
        Map<Integer, TreeSet<Integer>> quoted = new TreeMap<>();
        for (List<ElementMatcher.Hit> found : hits) {
            found.stream()
                    .min(Comparator.comparing((ElementMatcher.Hit hit) ->
                                    primary.isEmpty() || hit.article() != primary.get().index())
                            .thenComparingInt(hit -> articles.get(hit.article()).titleRank(clause.articleTitles()))
                            .thenComparingInt(ElementMatcher.Hit::article)
                            .thenComparingInt(hit -> hit.sentences().size()))
                    .ifPresent(hit -> quoted.computeIfAbsent(hit.article(), article -> new TreeSet<>())
                            .addAll(hit.sentences()));
        }
        List<Evidence> evidence = new ArrayList<>();
        quoted.forEach((index, sentences) -> evidence.add(new Evidence(articles.get(index).heading(),
                quote(articles.get(index), sentences))));
        return evidence;
    }

    private static String quote(Article article, TreeSet<Integer> sentences) {
        StringBuilder quote = new StringBuilder();
        int previous = -2;
        for (int index : sentences) {
            if (quote.length() > 0) {
                quote.append(index != previous + 1 ? " … " : endsSentence(quote) ? "" : " ");
            }
            quote.append(article.sentences().get(index).text());
            previous = index;
        }
        return quote.toString();
    }

    private static boolean endsSentence(StringBuilder quote) {
        return "。！？!?；;：:".indexOf(quote.charAt(quote.length() - 1)) >= 0;
    }

    private static String lacking(List<RequiredElement> lacking) {
        return "未載明：" + String.join("；", lacking.stream().map(RequiredElement::nameZh).toList())
                + " — missing: " + String.join("; ", lacking.stream().map(RequiredElement::nameEn).toList());
    }
}
