package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/** 8.1: records that the vendor was told the security rules, and the day it acknowledged them. */
@Component("recordRulesBriefing")
class RecordRulesBriefingDelegate implements JavaDelegate {

    private final AccessService access;
    private final CurrentUser currentUser;

    RecordRulesBriefingDelegate(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        access.recordRulesBriefing(Variables.ACCESS_GRANT_ID.require(execution),
                Variables.RULES_ACKNOWLEDGED_ON.requireDate(execution), currentUser.id());
    }
}
