package tw.vendorrisk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import tw.vendorrisk.register.RegisterException;

/**
 * What the cycle-time report covers: a period of whole days ({@code from} to {@code to}, both
 * included), optionally one process, one business key and one outcome, and the horizon in days
 * within which an obligation deadline counts as at risk.
 */
public record ReportFilter(String process, LocalDate from, LocalDate to, String businessKey, Outcome outcome,
        int horizonDays) {

    /** The default period: this week and the 11 before it. */
    public static final int DEFAULT_WEEKS = 12;
    public static final int DEFAULT_HORIZON_DAYS = 30;
    /** Longest period: ten years, as long as history is kept. */
    public static final int MAX_PERIOD_DAYS = 3660;
    public static final int MAX_HORIZON_DAYS = 366;
    private static final int MAX_TEXT = 255;

    /** Builds a filter from request parameters, with the defaults for what is missing, or refuses it (400). */
    public static ReportFilter of(String process, LocalDate from, LocalDate to, String businessKey, String outcome,
            Integer horizonDays, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null
                ? end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1L)
                : from;
        if (start.isAfter(end)) {
            throw RegisterException.invalid("from", "from (" + start + ") must not lie after to (" + end + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
            throw RegisterException.invalid("from", "The period may span at most " + MAX_PERIOD_DAYS + " days.");
        }
        int horizon = horizonDays == null ? DEFAULT_HORIZON_DAYS : horizonDays;
        if (horizon < 0 || horizon > MAX_HORIZON_DAYS) {
            throw RegisterException.invalid("horizonDays", "horizonDays must be between 0 and " + MAX_HORIZON_DAYS
                    + ", not " + horizon + ".");
        }
        return new ReportFilter(text("process", process), start, end, text("businessKey", businessKey),
                Outcome.parse(outcome), horizon);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw RegisterException.invalid(field, field + " may have at most " + MAX_TEXT + " characters.");
        }
        return value.trim();
    }
}
