package tw.vendorrisk.contract;

import java.util.List;
import java.util.Optional;

/**
 * One clause that guideline Art. 7.1 requires, as the clause library describes it.
 *
 * @param id            the obligation ID, e.g. {@code 7.1.1.8}
 * @param group         the guideline's grouping, e.g. {@code 7.1.1 一般條款 General}
 * @param titleZh       short Chinese name
 * @param titleEn       short English name
 * @param guideline     the guideline's wording (authoritative Chinese text)
 * @param articleTitles words in an article title that make it the preferred evidence
 * @param elements      what the clause must contain
 * @param instead       an element that alone makes the clause present, if any
 */
record ClauseDefinition(String id, String group, String titleZh, String titleEn, String guideline,
        List<String> articleTitles, List<RequiredElement> elements, Optional<RequiredElement> instead) {

    ClauseDefinition {
        articleTitles = List.copyOf(articleTitles);
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalStateException(id + ": a clause needs at least one element");
        }
    }

    /** {@code 稽核權 Right to audit} */
    String title() {
        return titleZh + " " + titleEn;
    }
}
