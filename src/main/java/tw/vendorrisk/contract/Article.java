package tw.vendorrisk.contract;

import java.util.List;

/**
 * An article of a contract (or the text before the first one).
 *
 * @param index           position in the contract
 * @param heading         as written: {@code 第九條}, {@code 第12條之一}, {@code 十二、}, {@code 前言}
 * @param number          canonical number, {@code 12-1} for 第十二條之一, {@code 12} for 十二、; empty when none
 * @param title           the article's title ({@code 保密義務} from 【保密義務】 or the line after the heading); may be empty
 * @param normalisedTitle the title as compared with the library
 * @param sentences       the article's sentences and list items, in order
 * @param normalisedText  all sentences normalised, one per line, to tell quickly whether a term occurs at all
 */
record Article(int index, String heading, String number, String title, String normalisedTitle,
        List<Sentence> sentences, String normalisedText) {

    static final String PREAMBLE = "前言";
    static final String WHOLE_TEXT = "全文";

    Article {
        sentences = List.copyOf(sentences);
    }

    static Article of(int index, String heading, String number, String title, String normalisedTitle,
            List<Sentence> sentences) {
        return new Article(index, heading, number, title, normalisedTitle, sentences,
                String.join("\n", sentences.stream().map(Sentence::normalised).toList()));
    }

    /** How well the title fits: the position of the first of the words it contains, or MAX_VALUE for none. */
    int titleRank(List<String> words) {
        for (int i = 0; i < words.size() && !normalisedTitle.isEmpty(); i++) {
            if (normalisedTitle.contains(words.get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
