package tw.vendorrisk.contract;

/**
 * A sentence of an article, or one list item.
 *
 * @param index      position within the article
 * @param text       as written in the contract (wrapped lines joined)
 * @param normalised as compared with the clause library
 * @param item       whether it starts a list item ({@code 1.}, {@code (一)}, {@code 1.1} …)
 * @param leadIn     whether it ends with a colon and so introduces the items that follow
 * @param titleLike  whether it is short and unpunctuated, like {@code 7. 保固}: it never counts without
 *                   the sentence that follows it
 */
record Sentence(int index, String text, String normalised, boolean item, boolean leadIn, boolean titleLike) {
}
