package tw.vendorrisk.contract;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;

/**
 * Checks the uploaded draft against Art. 7.1 and keeps draft and report in the register. Runs in
 * the upload's transaction: a file that is not a readable contract refuses the upload. The file
 * itself then lives in the register only, not in the process variables.
 */
@Component("checkContractClauses")
class CheckContractClausesDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final CurrentUser currentUser;

    CheckContractClausesDelegate(ContractService contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UploadedFile file = uploadedDraft(execution);
        Applicability applicability = new Applicability(Variables.ORGANIZATION_CATEGORY.require(execution),
                Variables.CLOUD.require(execution), Variables.SYSTEM_DEVELOPMENT.require(execution));
        ContractService.CheckedDraft checked;
        try {
            checked = contracts.checkDraft(Variables.CONTRACT_ID.require(execution), file, applicability,
                    currentUser.id());
        } catch (UnreadableContractException | ContractTooLargeException refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        ClauseCheckReport report = checked.report();
        Variables.DRAFT_DOCUMENT_ID.set(execution, checked.documentId());
        Variables.CLAUSE_CHECK_ID.set(execution, checked.checkId());
        Variables.GAP_COUNT.set(execution, report.gaps().size());
        Variables.CHECK_SUMMARY.set(execution, summary(report));
        Variables.GAP_SUMMARY.set(execution, gapSummary(report));
        Variables.REPORT_URL.set(execution, "/api/contract-checks/" + checked.checkId() + "/report");
        execution.removeVariable(Variables.CONTRACT_DRAFT);
    }

    private static UploadedFile uploadedDraft(DelegateExecution execution) {
        return DocumentStore.decodeVariable(execution.getVariableTyped(Variables.CONTRACT_DRAFT)).orElseThrow(() ->
                new BadUserRequestException("Choose the contract draft (.txt, .docx or .pdf) to upload before "
                        + "completing the task (variable '" + Variables.CONTRACT_DRAFT + "')."));
    }

    static String summary(ClauseCheckReport report) {
        return report.findings().stream()
                .collect(Collectors.groupingBy(Finding::status, Collectors.counting()))
                .entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    static String gapSummary(ClauseCheckReport report) {
        if (report.gaps().isEmpty()) {
            return "無 None";
        }
        return report.gaps().stream()
                .map(gap -> "- " + gap.status() + " " + gap.obligation() + " " + gap.title()
                        + (gap.lacking() == null ? "" : ": " + gap.lacking()))
                .collect(Collectors.joining("\n"));
    }
}
