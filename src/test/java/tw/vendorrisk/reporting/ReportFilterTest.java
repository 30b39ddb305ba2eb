package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tw.vendorrisk.register.RegisterException;

/** The report's filters: defaults, and refusals that name the field. */
class ReportFilterTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 25);

    @Test
    void defaults_thisWeekAndTheElevenBefore_upToToday() {
        ReportFilter filter = ReportFilter.of(null, null, null, " ", "", null, WEDNESDAY);

        assertThat(filter.to()).isEqualTo(WEDNESDAY);
        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 1, 5)).matches(day -> day.getDayOfWeek().getValue() == 1);
        assertThat(CycleTimeReportService.weeks(filter)).hasSize(ReportFilter.DEFAULT_WEEKS);
        assertThat(filter.businessKey()).isNull();
        assertThat(filter.outcome()).isNull();
        assertThat(filter.horizonDays()).isEqualTo(30);
    }

    @Test
    void weeksAreCutToThePeriod() {
        ReportFilter filter = ReportFilter.of(null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10), null, null,
                null, WEDNESDAY);

        var weeks = CycleTimeReportService.weeks(filter);
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(weeks.get(0).rangeStart().toLocalDateTime().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(weeks.get(1).rangeEnd().toLocalDateTime().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void outcomeInAnyCase_andTrimmedText() {
        ReportFilter filter = ReportFilter.of(" vendor-audit ", null, null, " 17 ", "Cancelled", 0, WEDNESDAY);

        assertThat(filter.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(filter.process()).isEqualTo("vendor-audit");
        assertThat(filter.businessKey()).isEqualTo("17");
        assertThat(filter.horizonDays()).isZero();
    }

    @Test
    void refusals_nameTheField() {
        assertThatThrownBy(() -> ReportFilter.of(null, WEDNESDAY, WEDNESDAY.minusDays(1), null, null, null, WEDNESDAY))
                .isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.getField()).isEqualTo("from"));
        assertThatThrownBy(() -> ReportFilter.of(null, null, null, null, "lost", null, WEDNESDAY))
                .isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.getField()).isEqualTo("outcome"));
        assertThatThrownBy(() -> ReportFilter.of(null, null, null, null, null, 367, WEDNESDAY))
                .isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.getField()).isEqualTo("horizonDays"));
        assertThatThrownBy(() -> ReportFilter.of(null, null, null, null, null, -1, WEDNESDAY))
                .isInstanceOf(RegisterException.class);
        assertThatThrownBy(() -> ReportFilter.of(null, WEDNESDAY.minusDays(ReportFilter.MAX_PERIOD_DAYS), WEDNESDAY,
                null, null, null, WEDNESDAY)).isInstanceOf(RegisterException.class);
        assertThatThrownBy(() -> ReportFilter.of("x".repeat(256), null, null, null, null, null, WEDNESDAY))
                .isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.getField()).isEqualTo("process"));
    }
}
