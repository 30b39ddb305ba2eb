package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Computes the vendor's concentration and whether it is too high (4.1.c). */
@Component("assessConcentration")
class AssessConcentrationDelegate implements JavaDelegate {

    private final ConcentrationAssessment assessment;

    AssessConcentrationDelegate(ConcentrationAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConcentrationAssessment.Result result = assessment.assess(Variables.SERVICE_ID.require(execution));
        ConcentrationFigures figures = result.figures();
        Variables.SHARE_BY_COUNT.set(execution, figures.shareByCount().doubleValue());
        Variables.SHARE_BY_SPEND.set(execution, figures.shareBySpend().doubleValue());
        Variables.SHARE_OF_CRITICAL.set(execution, figures.shareOfCritical().doubleValue());
        Variables.MARKET_SHARE.set(execution, figures.marketShare().doubleValue());
        Variables.CONCENTRATION_TOO_HIGH.set(execution, result.tooHigh());
        Variables.CONCENTRATION_FINDINGS.set(execution, String.join("; ", result.findings()));
    }
}
