package tw.vendorrisk.oversight;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.contract.UploadedFile;
import tw.vendorrisk.oversight.OversightCycle.Variables;
import tw.vendorrisk.register.DocumentKind;

/**
 * Keeps the vendor's SLA report in the register (12.2), in the upload's transaction: no file or an
 * empty one refuses the upload. The file then lives in the register only.
 */
@Component("storeSlaReport")
class StoreSlaReportDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final CurrentUser currentUser;

    StoreSlaReportDelegate(ContractService contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object value = execution.getVariableTyped(Variables.SLA_REPORT);
        if (!(value instanceof FileValue file) || file.getValue() == null) {
            throw new BadUserRequestException("Choose the vendor's SLA report file to upload before completing the "
                    + "task (variable '" + Variables.SLA_REPORT + "').");
        }
        byte[] content;
        try (InputStream in = file.getValue()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new BadUserRequestException("The uploaded file " + file.getFilename() + " cannot be read.");
        }
        String type = file.getMimeType() == null ? "application/octet-stream" : file.getMimeType();
        Long documentId = contracts.keepDocument(Variables.CONTRACT_ID.require(execution), DocumentKind.SLA_REPORT,
                new UploadedFile(file.getFilename(), type, content), currentUser.id());
        Variables.REPORT_DOCUMENT_ID.set(execution, documentId);
        execution.removeVariable(Variables.SLA_REPORT);
    }
}
