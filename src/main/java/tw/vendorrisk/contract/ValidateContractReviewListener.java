package tw.vendorrisk.contract;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;

/**
 * Legal may accept a draft only when the check found no gap; with gaps, it is a revised draft or
 * a waiver that managers approve (7.1). A waiver of nothing is refused too. The gaps are those of the
 * contract's latest clause check as the register keeps it, never a count a person submitted.
 */
@Component("validateContractReview")
class ValidateContractReviewListener implements TaskListener {

    private final ClauseCheckRecordRepository checks;

    ValidateContractReviewListener(ClauseCheckRecordRepository checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = Variables.REVIEW_OUTCOME.require(task);
        int gaps = storedGaps(Variables.CONTRACT_ID.require(task));
        switch (outcome) {
            case ContractSigningProcess.REVIEW_ACCEPT -> {
                if (gaps > 0) {
                    throw new InvalidVariableException(Variables.REVIEW_OUTCOME.name(), "cannot be ACCEPT: the check "
                            + "found " + gaps + " missing or partial clauses. Negotiate a revised draft or ask managers "
                            + "for a waiver.");
                }
            }
            case ContractSigningProcess.REVIEW_WAIVER -> {
                if (gaps == 0) {
                    throw new InvalidVariableException(Variables.REVIEW_OUTCOME.name(),
                            "cannot be WAIVER: the check found no gap to waive.");
                }
            }
            case ContractSigningProcess.REVIEW_REVISE -> {
                // always possible
            }
            default -> throw new InvalidVariableException(Variables.REVIEW_OUTCOME.name(),
                    "must be one of ACCEPT, REVISE, WAIVER, not '" + outcome + "'.");
        }
    }

    private int storedGaps(Long contractId) {
        List<ClauseCheckRecord> stored = checks.findByContractIdOrderById(contractId);
        if (stored.isEmpty()) {
            throw new IllegalStateException("Contract " + contractId + " has no clause check to review.");
        }
        ClauseCheckRecord latest = stored.get(stored.size() - 1);
        return latest.getMissingCount() + latest.getPartialCount();
    }
}
