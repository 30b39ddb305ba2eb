package tw.vendorrisk.change;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Whether a change is significant, so that its risk is assessed again (Art. 11): the DMN table
 * {@code change-significance} decides from the kind of change and its impact on confidentiality,
 * integrity and availability.
 */
@Component
public class ChangeSignificance {

    public static final String DECISION = "change-significance";

    private final DecisionService decisions;

    ChangeSignificance(DecisionService decisions) {
        this.decisions = decisions;
    }

    public record Result(boolean significant, String reason) {
    }

    public Result decide(ChangeType type, ImpactAnalysis analysis) {
        Map<String, Object> row = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("changeType", type.name())
                        .putValue("confidentialityImpact", analysis.confidentiality().name())
                        .putValue("integrityImpact", analysis.integrity().name())
                        .putValue("availabilityImpact", analysis.availability().name()))
                .getSingleResult().getEntryMap();
        return new Result(Boolean.TRUE.equals(row.get("significant")), (String) row.get("significanceReason"));
    }
}
