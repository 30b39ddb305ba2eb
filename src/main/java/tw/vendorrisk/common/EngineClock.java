package tw.vendorrisk.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Today and now as the process engine sees them, so that register dates, timers and due dates
 * agree (and tests that move the engine clock move them all).
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    /** The start of the day in the server's time zone, as a timer or due date. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
