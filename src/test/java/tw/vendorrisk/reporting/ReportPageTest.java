package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The page shows every text from the engine and the request as text, in every table and the chart. */
class ReportPageTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&";
    static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;";

    @Test
    void hostileNamesKeysAndFilters_areEscapedEverywhere() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 30, 12, 0);
        CycleTimeReport report = new CycleTimeReport(now,
                new CycleTimeReport.Filters(HOSTILE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29), HOSTILE,
                        null, 30),
                List.of(new CycleTimeReport.ProcessFigures(HOSTILE, HOSTILE, 1, 1, 0, 0, 1L, 1L, 1L)),
                List.of(new CycleTimeReport.EndFigures(HOSTILE, HOSTILE, HOSTILE, "COMPLETED", 1)),
                List.of(new CycleTimeReport.WeekFigures(HOSTILE, LocalDate.of(2026, 3, 2), 1, 1, 0, 3_600_000L, 1L)),
                List.of(new CycleTimeReport.TaskFigures(HOSTILE, HOSTILE, HOSTILE, 1, 1, 1L, 1L, 1L, 1L, 1L, 1L, true)),
                List.of(new CycleTimeReport.OpenByAge(HOSTILE, 1, 1, 0, 0, 0, now)),
                List.of(new CycleTimeReport.OverdueTasks(HOSTILE, HOSTILE, HOSTILE, HOSTILE, 1, 0, now)),
                List.of(new CycleTimeReport.Deadline(HOSTILE, HOSTILE, "task", HOSTILE, HOSTILE, now, -1,
                        List.of(HOSTILE), HOSTILE)));

        String html = new ReportPage().render(report, Map.of(HOSTILE, HOSTILE), HOSTILE);

        assertThat(html).doesNotContain("<img").contains(ESCAPED);
        assertThat(html).contains("<svg class=\"trend\"").contains("data-process=\"" + ESCAPED + "\"");
        assertThat(html).contains("tr class=\"slowest\"").contains("tr class=\"overdue\"");
        // the CSV links carry the filters URL-encoded, then HTML-escaped
        assertThat(html).contains("/reports/cycle-times/tasks.csv?process=%3Cimg%20src%3Dx");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void aMessagePageEscapesItsText() {
        String html = new ReportPage().message("Forbidden", HOSTILE);

        assertThat(html).doesNotContain("<img").contains(ESCAPED);
    }
}
