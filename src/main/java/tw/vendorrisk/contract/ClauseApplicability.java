package tw.vendorrisk.contract;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Which Art. 7.1 obligations apply to a contract, as the DMN table {@code clause-applicability} says. */
@Service
public class ClauseApplicability {

    public static final String DECISION = "clause-applicability";

    private final DecisionService decisions;

    ClauseApplicability(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Set<String> obligations(Applicability applicability) {
        return new LinkedHashSet<>(decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("organizationCategory", applicability.organizationCategory())
                        .putValue("cloud", applicability.cloud())
                        .putValue("systemDevelopment", applicability.systemDevelopment()))
                .collectEntries("obligation"));
    }
}
