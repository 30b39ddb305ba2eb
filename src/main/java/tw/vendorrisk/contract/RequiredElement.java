package tw.vendorrisk.contract;

import java.util.List;

/**
 * One thing a clause must contain, e.g. "the central bank may obtain data or reports" for the audit
 * clause; found when one of its phrases matches.
 *
 * @param nameZh    Chinese name, used in {@link Finding#lacking()}
 * @param nameEn    English name, used in {@link Finding#lacking()}
 * @param phrases   any one of them suffices
 * @param not       words inside which a match does not count
 * @param unless    words that make a whole sentence window not count
 * @param negatable whether a negation before or after the head term cancels a match
 * @param window    how many consecutive sentences the terms of a phrase may be spread over
 */
record RequiredElement(String nameZh, String nameEn, List<Phrase> phrases, List<Term> not, List<Term> unless,
        boolean negatable, int window) {

    RequiredElement {
        phrases = List.copyOf(phrases);
        not = List.copyOf(not);
        unless = List.copyOf(unless);
        if (window < 1) {
            throw new IllegalStateException("window must be 1 or more: " + nameZh);
        }
    }
}
