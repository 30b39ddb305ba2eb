package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.oversight.OversightCycle.Variables;

/**
 * Keeps the vendor's SLA report in the register (12.2), in the upload's transaction: no file or an
 * empty one refuses the upload. The file then lives in the register only.
 */
@Component("storeSlaReport")
class StoreSlaReportDelegate implements JavaDelegate {

    private final DocumentStore documents;
    private final CurrentUser currentUser;

    StoreSlaReportDelegate(DocumentStore documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UploadedFile file = DocumentStore.decodeVariable(execution.getVariableTyped(Variables.SLA_REPORT)).orElseThrow(() ->
                new BadUserRequestException("Choose the vendor's SLA report file to upload before completing the "
                        + "task (variable '" + Variables.SLA_REPORT + "')."));
        Long documentId = documents.store(Variables.CONTRACT_ID.require(execution), DocumentKind.SLA_REPORT, file,
                currentUser.id()).getId();
        Variables.REPORT_DOCUMENT_ID.set(execution, documentId);
        execution.removeVariable(Variables.SLA_REPORT);
    }
}
