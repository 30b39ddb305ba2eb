package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a term is cut into periods, and when each activity opens and falls due. */
class OversightScheduleTest {

    static final OversightSchedule.Rule SIX_MONTHS = new OversightSchedule.Rule("10.3", 6, 30, 0, 14);
    static final OversightSchedule.Rule QUARTERLY_REPORT = new OversightSchedule.Rule("12.2", null, 15, 15, 15);

    @Test
    void aThreeYearTermHasSixSixMonthPeriods_dueAtEachPeriodsEnd() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        List<OversightSchedule.Slot> slots = OversightSchedule.slots(SIX_MONTHS, 6, start, LocalDate.of(2029, 12, 31));

        assertThat(slots).hasSize(6);
        assertThat(slots.get(0)).isEqualTo(new OversightSchedule.Slot(1, start, LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30)));
        assertThat(slots.get(5).dueOn()).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void aTermEndingMidPeriod_hasAShortLastPeriod_dueAtTheTermEnd() {
        List<OversightSchedule.Slot> slots = OversightSchedule.slots(SIX_MONTHS, 6, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 8, 15));

        assertThat(slots).extracting(OversightSchedule.Slot::dueOn)
                .containsExactly(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 8, 15));
        assertThat(slots.get(1).opensOn()).isEqualTo(LocalDate.of(2027, 7, 16));
    }

    @Test
    void aTermEndingExactlyOnAnAnniversary_addsNoOneDayPeriod() {
        assertThat(OversightSchedule.slots(SIX_MONTHS, 12, LocalDate.of(2027, 3, 1), LocalDate.of(2030, 3, 1)))
                .hasSize(3);
    }

    @Test
    void reportsFallDueDaysAfterTheirPeriod_andOpenWhenThePeriodCloses() {
        List<OversightSchedule.Slot> slots = OversightSchedule.slots(QUARTERLY_REPORT, 3, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));

        assertThat(slots).hasSize(4);
        assertThat(slots.get(0).opensOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(slots.get(0).dueOn()).isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @Test
    void noFrequencyOrNoTerm_noSlots() {
        assertThat(OversightSchedule.slots(QUARTERLY_REPORT, 0, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .isEmpty();
        assertThat(OversightSchedule.slots(SIX_MONTHS, 6, null, null)).isEmpty();
    }
}
