package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV cells as spreadsheets read them: quoted when needed, never a formula, hours from milliseconds. */
class ReportCsvTest {

    final ReportCsv csv = new ReportCsv();

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertThat(ReportCsv.cell("plain")).isEqualTo("plain");
        assertThat(ReportCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ReportCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.cell(null)).isEmpty();
        assertThat(ReportCsv.cell(-3L)).isEqualTo("-3");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_isDefused() {
        assertThat(ReportCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ReportCsv.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void durationsAreHoursWithThreeDecimals() {
        assertThat(ReportCsv.hours(5_400_000L)).isEqualByComparingTo(new BigDecimal("1.500"));
        assertThat(ReportCsv.hours(1L)).isEqualByComparingTo(new BigDecimal("0.000"));
        assertThat(ReportCsv.hours(null)).isNull();
    }

    @Test
    void everyTableHasAHeaderRow_andOneLinePerRow() {
        CycleTimeReport report = new CycleTimeReport(LocalDateTime.of(2026, 3, 30, 12, 0),
                new CycleTimeReport.Filters(null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29), null, null, 30),
                List.of(new CycleTimeReport.ProcessFigures("p", "=Name, with comma", 3, 2, 1, 0, 3_600_000L, 7_200_000L,
                        10_800_000L)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new CycleTimeReport.Deadline("vendor-audit", "17", "timer", "BoundaryEvent_X", null,
                        LocalDateTime.of(2026, 4, 1, 9, 0), 1, List.of("infosec", "managers"), null)));

        for (ReportTable table : ReportTable.values()) {
            String text = csv.render(table, report);
            assertThat(text).as(table.path()).startsWith("\uFEFF").contains("\r\n");
        }
        assertThat(csv.render(ReportTable.PROCESSES, report).split("\r\n")).containsExactly(
                "\uFEFFprocess_key,process_name,started,completed,cancelled,open,cycle_time_median_hours,"
                        + "cycle_time_p90_hours,cycle_time_max_hours",
                "p,\"'=Name, with comma\",3,2,1,0,1.000,2.000,3.000");
        assertThat(csv.render(ReportTable.DEADLINES_AT_RISK, report)).contains(
                "vendor-audit,17,timer,BoundaryEvent_X,,2026-04-01T09:00,1,infosec managers,");
        assertThat(csv.render(ReportTable.TASKS, report).split("\r\n")).hasSize(1);
    }
}
