package tw.vendorrisk.selection;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.VariableScope;

import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Reads the assessment results a selection decision records from the process variables. */
final class SelectionRecord {

    private SelectionRecord() {
    }

    static CapabilityScores capability(VariableScope scope) {
        return new CapabilityScores(score(scope, Variables.FINANCIAL_SCORE), score(scope, Variables.MANAGEMENT_SCORE),
                score(scope, Variables.PROFESSIONAL_SCORE), score(scope, Variables.OPERATING_SCORE),
                score(scope, Variables.TRACK_RECORD_SCORE), Variables.CAPABILITY_NOTES.get(scope));
    }

    /** The concentration figures, or null when the selection did not get that far. */
    static ConcentrationFigures concentration(VariableScope scope) {
        if (Variables.SHARE_BY_COUNT.get(scope) == null) {
            return null;
        }
        return new ConcentrationFigures(0, 0, decimal(scope, Variables.SHARE_BY_COUNT),
                decimal(scope, Variables.SHARE_BY_SPEND), decimal(scope, Variables.SHARE_OF_CRITICAL),
                decimal(scope, Variables.MARKET_SHARE));
    }

    /** The concentration exception, or null when concentration was not too high. */
    static ConcentrationException exception(VariableScope scope) {
        if (!Variables.CONCENTRATION_TOO_HIGH.getOrDefault(scope, false)
                || Variables.EXCEPTION_APPROVED.get(scope) == null) {
            return null;
        }
        boolean confirmed = Variables.INCIDENT_IDENTIFICATION.getOrDefault(scope, false)
                && Variables.INCIDENT_RESPONSE.getOrDefault(scope, false)
                && Variables.INCIDENT_MITIGATION.getOrDefault(scope, false);
        return new ConcentrationException(confirmed, Variables.CONCENTRATION_RISK_ASSESSMENT.get(scope),
                Variables.EXCEPTION_DECIDED_BY.get(scope), Variables.APPROVAL_REASON.get(scope));
    }

    private static Integer score(VariableScope scope, ProcessVariable<Number> variable) {
        Number value = variable.get(scope);
        return value == null ? null : value.intValue();
    }

    private static BigDecimal decimal(VariableScope scope, ProcessVariable<Number> variable) {
        Number value = variable.get(scope);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
