package tw.vendorrisk.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"22099131", "04595257", "53110001", "23456781", "80123454",
            "10458574" /* seventh digit 7: only the sum + 1 is a multiple of 5 */})
    void acceptsValidNumbers(String taxId) {
        assertThat(TaxId.isValid(taxId)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "22099132", "2209913", "220991311", "2209913A", " 22099131"})
    void refusesInvalidNumbers(String taxId) {
        assertThat(TaxId.isValid(taxId)).isFalse();
    }
}
