package tw.vendorrisk.contract;

import java.util.Map;

/**
 * Reads article and item numbers written in Arabic or Chinese numerals: {@code 12}, {@code 十二},
 * {@code 二十一}, {@code 一百零五}, {@code 兩}; digit by digit when there is no unit ({@code 一二} is 12).
 * The digits and units come from the normalisation tables.
 */
final class ChineseNumerals {

    private final Map<Character, Integer> digits;
    private final Map<Character, Integer> units;

    private final boolean[] numeral = new boolean[Character.MAX_VALUE + 1];

    ChineseNumerals(Map<Character, Integer> digits, Map<Character, Integer> units) {
        this.digits = Map.copyOf(digits);
        this.units = Map.copyOf(units);
        digits.keySet().forEach(c -> numeral[c] = true);
        units.keySet().forEach(c -> numeral[c] = true);
        for (char c = '0'; c <= '9'; c++) {
            numeral[c] = true;
        }
    }

    boolean isNumeral(char c) {
        return numeral[c];
    }

    /** The value, or -1 when the text is not a number. */
    int value(String numeral) {
        String text = numeral.strip();
        if (text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 9 ? -1 : Integer.parseInt(text);
        }
        boolean hasUnit = text.chars().anyMatch(c -> units.containsKey((char) c));
        return hasUnit ? withUnits(text) : digitByDigit(text);
    }

    private int withUnits(String text) {
        int total = 0;
        int digit = -1;
        for (char c : text.toCharArray()) {
            if (digits.containsKey(c)) {
                digit = digits.get(c);
            } else if (units.containsKey(c)) {
                total += (digit < 0 ? 1 : digit) * units.get(c);
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    private int digitByDigit(String text) {
        if (text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (char c : text.toCharArray()) {
            Integer digit = digits.get(c);
            if (digit == null) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
