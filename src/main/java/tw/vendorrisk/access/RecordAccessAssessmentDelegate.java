package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/** 9.1-9.3: keeps the project lead's risk assessment of the access with the grant. */
@Component("recordAccessAssessment")
class RecordAccessAssessmentDelegate implements JavaDelegate {

    private final AccessService access;
    private final CurrentUser currentUser;

    RecordAccessAssessmentDelegate(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        access.recordAssessment(Variables.ACCESS_GRANT_ID.require(execution), Variables.RISK_LEVEL.require(execution),
                Variables.RISK_ASSESSMENT.require(execution), currentUser.id());
    }
}
