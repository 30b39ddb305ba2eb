package tw.vendorrisk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aFileStartsWithTheByteOrderMark_andEndsEachRowWithCrLf() {
        byte[] csv = Csv.write(List.of(List.of("名稱 name", "n"), Arrays.asList("雲端", null)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("名稱 name,n\r\n雲端,\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_getsAnApostrophe_numbersAndDatesDoNot() {
        assertThat(Csv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.field("+886")).isEqualTo("'+886");
        assertThat(Csv.field("-x")).isEqualTo("'-x");
        assertThat(Csv.field("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.field(-5)).isEqualTo("-5");
        assertThat(Csv.field(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(Csv.field(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
        assertThat(Csv.field(null)).isEmpty();
    }
}
