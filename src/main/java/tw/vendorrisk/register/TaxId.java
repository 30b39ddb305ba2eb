package tw.vendorrisk.register;

/**
 * The Taiwan unified business number (統一編號): eight digits with a weighted checksum.
 * Weights 1,2,1,2,1,2,4,1; the digit sums of the products add up to a multiple of 5
 * (since 2023; a multiple of 10 before, which is also a multiple of 5). When the seventh
 * digit is 7 its product 28 may count as 1 or 0, so the sum plus one may be the multiple.
 */
public final class TaxId {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

    private TaxId() {
    }

    public static boolean isValid(String taxId) {
        if (taxId == null || !taxId.matches("\\d{8}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (taxId.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        return sum % 5 == 0 || (taxId.charAt(6) == '7' && (sum + 1) % 5 == 0);
    }
}
