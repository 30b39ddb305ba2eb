package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/**
 * Records how one asset left the arrangement, in the confirmation's transaction: a disposition the
 * register refuses (a destruction without certificate, a handover without recipient) refuses the
 * task. The certificate then lives in the register only, not in the process variables.
 */
@Component("recordAssetDisposition")
class RecordAssetDispositionDelegate implements JavaDelegate {

    private final TerminationService terminations;
    private final CurrentUser currentUser;

    RecordAssetDispositionDelegate(TerminationService terminations, CurrentUser currentUser) {
        this.terminations = terminations;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DispositionMethod method = Variables.DISPOSITION_METHOD.enumValue(execution, DispositionMethod.class, null);
        terminations.recordDisposition(Variables.TERMINATION_ID.require(execution), Variables.ASSET_ID.require(execution),
                method, Variables.RECIPIENT.get(execution), Variables.DISPOSITION_NOTES.get(execution),
                DocumentStore.decodeVariable(execution.getVariableTyped(Variables.DESTRUCTION_CERTIFICATE)).orElse(null),
                currentUser.id());
        execution.removeVariable(Variables.DESTRUCTION_CERTIFICATE);
    }
}
