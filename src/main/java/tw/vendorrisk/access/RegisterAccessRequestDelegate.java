package tw.vendorrisk.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.access.VendorAccessProcess.Variables;

/** Registers the access request for a running contract; a bad request refuses the start. */
@Component("registerAccessRequest")
class RegisterAccessRequestDelegate implements JavaDelegate {

    private final AccessService access;

    RegisterAccessRequestDelegate(AccessService access) {
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<AccessKind> kinds = EnumSet.noneOf(AccessKind.class);
        Variables.ACCESS_KINDS.forEach((kind, variable) -> {
            if (Boolean.TRUE.equals(variable.get(execution))) {
                kinds.add(kind);
            }
        });
        AccessRequest request = new AccessRequest(Variables.PERSON_NAME.require(execution),
                Variables.PERSON_ROLE.get(execution), Variables.ASSETS.require(execution), kinds,
                Variables.TRADE_SECRETS.getOrDefault(execution, false), Variables.PURPOSE.get(execution),
                Variables.REQUESTED_UNTIL.requireDate(execution));
        AccessGrant grant = access.request(Variables.CONTRACT_ID.require(execution), request,
                Variables.REQUESTED_BY.get(execution), execution.getProcessInstanceId());
        Variables.ACCESS_GRANT_ID.set(execution, grant.getId());
        Variables.VENDOR_NAME.set(execution, grant.getVendor().getName());
        Variables.ACCESS_SUMMARY.set(execution, grant.getPersonName() + ": "
                + kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + " — " + grant.getAssets()
                + (grant.isTradeSecrets() ? " (營業秘密 trade secrets)" : ""));
    }
}
