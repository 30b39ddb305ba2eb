package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/**
 * Proposes the service to the candidate vendor in the register and brings back what the next
 * steps decide on: vendor, organization category, NDA on file. Runs in the transaction of the
 * start (or of the task that named another vendor), so an unknown vendor refuses that action.
 */
@Component("registerOutsourcingNeed")
class RegisterOutsourcingNeedDelegate implements JavaDelegate {

    private final SelectionService selection;

    RegisterOutsourcingNeedDelegate(SelectionService selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = Variables.SERVICE_ID.get(execution);
        CandidateVendor candidate = selection.proposeToCandidate(OutsourcingNeed.from(execution), serviceId,
                execution.getProcessInstanceId());
        if (serviceId != null) {
            Variables.PER_CANDIDATE.forEach(variable -> execution.removeVariable(variable.name()));
        }
        Variables.LARGE_PROCUREMENT.set(execution, Variables.LARGE_PROCUREMENT.getOrDefault(execution, false));
        Variables.SENSITIVE_INFORMATION.set(execution, Variables.SENSITIVE_INFORMATION.getOrDefault(execution, false));
        Variables.SERVICE_ID.set(execution, candidate.serviceId());
        Variables.VENDOR_ID.set(execution, candidate.vendorId());
        Variables.VENDOR_NAME.set(execution, candidate.vendorName());
        Variables.ORGANIZATION_CATEGORY.set(execution, candidate.organizationCategory());
        Variables.NDA_ON_FILE.set(execution, candidate.ndaOnFile());
        execution.setProcessBusinessKey(candidate.serviceId().toString());
    }
}
