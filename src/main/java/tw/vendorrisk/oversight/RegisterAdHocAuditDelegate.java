package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.oversight.OversightCycle.Variables;

/** An audit infosec starts outside the schedule (12.1) gets its own activity in the register. */
@Component("registerAdHocAudit")
class RegisterAdHocAuditDelegate implements JavaDelegate {

    static final int DEFAULT_DUE_IN_DAYS = 30;

    private final OversightService oversight;

    RegisterAdHocAuditDelegate(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long activityId = oversight.registerAdHocAudit(Variables.CONTRACT_ID.require(execution),
                Variables.AUDIT_DUE_IN_DAYS.getOrDefault(execution, DEFAULT_DUE_IN_DAYS)).getId();
        Variables.ACTIVITY_ID.set(execution, activityId);
    }
}
