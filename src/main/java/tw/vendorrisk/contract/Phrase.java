package tw.vendorrisk.contract;

import java.util.List;

/**
 * A phrase of the clause library: one term, or several terms that must all occur in one sentence
 * window. The first term is the head: a negation before or after it cancels the match.
 */
record Phrase(List<Term> terms) {

    Phrase {
        if (terms.isEmpty()) {
            throw new IllegalStateException("A phrase needs at least one term");
        }
        terms = List.copyOf(terms);
    }

    Term head() {
        return terms.get(0);
    }

    List<Term> others() {
        return terms.subList(1, terms.size());
    }
}
