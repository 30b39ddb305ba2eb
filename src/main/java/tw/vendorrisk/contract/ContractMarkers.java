package tw.vendorrisk.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether text looks like a contract in Chinese at all: enough Chinese characters, and article
 * headings ({@code 第一條}, {@code 一、}) or contract parties ({@code 甲方}, {@code 受託人}, {@code 本公司} …).
 */
final class ContractMarkers {

    static final int MIN_CHINESE_CHARACTERS = 20;

    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[\\s\\u3000]*(第[\\s\\u3000]*[0-9０-９一二三四五六七八九十百零〇兩]+[\\s\\u3000]*條|[一二三四五六七八九十]+、)");
    private static final Pattern PARTY = Pattern.compile(
            "甲方|乙方|委託人|受託人|委任人|受任人|立合約書人|立契約書人|立約人|本公司|供應商|廠商|供应商|厂商|承攬人|定作人|買方|賣方|买方|卖方");

    private ContractMarkers() {
    }

    /** Why the text is not a contract, or empty when it may be one. */
    static Optional<String> whyNot(String text) {
        long chinese = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        if (chinese < MIN_CHINESE_CHARACTERS) {
            return Optional.of("it has " + chinese + " Chinese characters, fewer than " + MIN_CHINESE_CHARACTERS);
        }
        if (!HEADING.matcher(text).find() && !PARTY.matcher(text).find()) {
            return Optional.of("it has no article headings (第一條, 一、) and names no contract parties (甲方, 乙方, 受託人 …)");
        }
        return Optional.empty();
    }
}
