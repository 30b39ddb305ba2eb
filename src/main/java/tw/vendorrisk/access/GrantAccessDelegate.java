package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/**
 * Grants the approved access in the register, until the day asked for but never beyond the
 * contract's end (8.2); the process then waits until the day after, when the access expires.
 */
@Component("grantAccess")
class GrantAccessDelegate implements JavaDelegate {

    private final AccessService access;
    private final CurrentUser currentUser;

    GrantAccessDelegate(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = access.approve(Variables.ACCESS_GRANT_ID.require(execution),
                Variables.DECISION_REASON.get(execution), currentUser.id());
        Variables.GRANTED_UNTIL.set(execution, grant.getGrantedUntil().toString());
        Variables.ACCESS_EXPIRES_AT.set(execution, EngineClock.startOf(grant.getGrantedUntil().plusDays(1)));
    }
}
