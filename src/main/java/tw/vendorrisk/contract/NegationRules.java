package tw.vendorrisk.contract;

import java.util.List;

/**
 * Whether the words around a matched phrase turn it into its opposite: {@code 乙方不負保固責任},
 * {@code 無須提交服務水準報告}, {@code 本案無保固}, {@code 保固：不適用}. The markers come from the
 * normalisation tables and are compared with normalised text.
 * <ul>
 * <li>{@code before}: anywhere between the start of the clause (after the last comma, semicolon or
 * colon) and the phrase;</li>
 * <li>{@code adjacent}: right before the phrase;</li>
 * <li>{@code after}: shortly after the phrase, before the next comma or semicolon.</li>
 * </ul>
 * Prohibitions such as {@code 不得洩漏} are not markers: they state an obligation.
 */
final class NegationRules {

    static final String CLAUSE_BREAKS = ",;:。!?\n";
    private static final int BEFORE_REACH = 16;
    private static final int AFTER_REACH = 10;

    private final List<String> before;
    private final List<String> adjacent;
    private final List<String> after;

    NegationRules(List<String> before, List<String> adjacent, List<String> after) {
        this.before = List.copyOf(before);
        this.adjacent = List.copyOf(adjacent);
        this.after = List.copyOf(after);
    }

    /** Whether the phrase at {@code [start, end)} of a normalised sentence is negated. */
    boolean negates(String sentence, int start, int end) {
        int clauseStart = start;
        while (clauseStart > 0 && start - clauseStart < BEFORE_REACH
                && CLAUSE_BREAKS.indexOf(sentence.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        String lead = sentence.substring(clauseStart, start);
        if (before.stream().anyMatch(lead::contains) || adjacent.stream().anyMatch(lead::endsWith)) {
            return true;
        }
        int clauseEnd = end;
        while (clauseEnd < sentence.length() && clauseEnd - end < AFTER_REACH
                && ",;。!?\n".indexOf(sentence.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String tail = sentence.substring(end, clauseEnd);
        return after.stream().anyMatch(tail::contains);
    }
}
