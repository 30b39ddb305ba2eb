package tw.vendorrisk.common;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks, used in the models as {@code camunda:dueDate="${dueDates.days(5)}"}.
 * Uses the engine's clock, so tests that move the clock see the same dates.
 */
@Component("dueDates")
public class DueDates {

    public Date days(int days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + days * 24L * 60 * 60 * 1000);
    }
}
