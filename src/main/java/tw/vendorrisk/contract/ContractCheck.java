package tw.vendorrisk.contract;

import org.springframework.stereotype.Service;

/** The clause check of a contract text: applicability from DMN, then the clause library. */
@Service
public class ContractCheck {

    private final ClauseApplicability applicability;
    private final ClauseChecker checker;

    ContractCheck(ClauseApplicability applicability, ClauseChecker checker) {
        this.applicability = applicability;
        this.checker = checker;
    }

    public ClauseCheckReport check(String contractText, Applicability facts) {
        return checker.check(contractText, applicability.obligations(facts));
    }
}
