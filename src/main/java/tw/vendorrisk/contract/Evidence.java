package tw.vendorrisk.contract;

import java.util.Objects;

/**
 * Where the contract covers a clause.
 *
 * @param article the article's heading as the contract writes it: {@code 第九條}, {@code 第12條之一},
 *                {@code 十二、}; {@code 前言} for text before the first article
 * @param text    the quoted sentence(s), as written in the contract
 */
public record Evidence(String article, String text) {

    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }
}
