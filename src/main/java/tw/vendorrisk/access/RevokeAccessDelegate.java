package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/**
 * Revokes the access (8.2) and records why: the contract ended (the reason came with the message),
 * or the grant expired — on the contract's last day that is the contract's end too. A request still
 * under decision when the contract ends is refused.
 */
@Component("revokeAccess")
class RevokeAccessDelegate implements JavaDelegate {

    private final AccessService access;
    private final CurrentUser currentUser;

    RevokeAccessDelegate(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long grantId = Variables.ACCESS_GRANT_ID.get(execution);
        if (grantId == null) {
            return; // the contract ended before the request was registered
        }
        AccessGrant grant = access.grant(grantId);
        String endReason = Variables.END_REASON.get(execution);
        RevocationReason reason = endReason != null ? RevocationReason.valueOf(endReason)
                : grant.getGrantedUntil() != null && grant.getGrantedUntil().equals(grant.getContract().getTermEnd())
                        ? RevocationReason.CONTRACT_ENDED : RevocationReason.EXPIRED;
        access.endGrant(grantId, reason, currentUser.id());
    }
}
