package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/** Records that the approver refused the access, with the reason. */
@Component("refuseAccess")
class RefuseAccessDelegate implements JavaDelegate {

    private final AccessService access;
    private final CurrentUser currentUser;

    RefuseAccessDelegate(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        access.refuse(Variables.ACCESS_GRANT_ID.require(execution), Variables.DECISION_REASON.require(execution),
                currentUser.id());
    }
}
