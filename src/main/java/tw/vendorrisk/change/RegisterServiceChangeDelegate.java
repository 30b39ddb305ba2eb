package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.CurrentUser;

/** Registers the reported change of a running contract and sets what the later steps need. */
@Component("registerServiceChange")
class RegisterServiceChangeDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final CurrentUser currentUser;

    RegisterServiceChangeDelegate(ChangeService changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long contractId = Variables.CONTRACT_ID.require(execution);
        NewChange change = new NewChange(Variables.CHANGE_TYPE.enumValue(execution, ChangeType.class, null),
                Variables.CHANGE_DESCRIPTION.require(execution),
                Variables.CHANGE_SOURCE.enumValue(execution, ChangeSource.class, ChangeSource.VENDOR_NOTICE),
                Variables.EFFECTIVE_ON.date(execution));
        String user = currentUser.id() != null ? currentUser.id() : Variables.REPORTED_BY.get(execution);
        ChangeService.RegisteredChange registered = changes.register(contractId, change, user,
                execution.getProcessInstanceId());
        Variables.CONTRACT_ID.set(execution, contractId);
        Variables.CHANGE_ID.set(execution, registered.changeId());
        Variables.SERVICE_ID.set(execution, registered.serviceId());
        Variables.VENDOR_NAME.set(execution, registered.vendorName());
        Variables.SERVICE_DESCRIPTION.set(execution, registered.serviceDescription());
        Variables.ORGANIZATION_CATEGORY.set(execution, registered.organizationCategory());
        execution.setProcessBusinessKey(contractId.toString());
    }
}
