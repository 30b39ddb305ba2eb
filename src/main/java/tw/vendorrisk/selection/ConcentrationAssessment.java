package tw.vendorrisk.selection;

import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceTotals;

/**
 * A vendor's concentration (4.1.c, 4.1.b): its share of the organization's outsourced services,
 * counting the service under selection, by count, by annual spend and among critical services,
 * and its market share. Whether that is too high is for the DMN table
 * {@code concentration-thresholds} to say.
 */
@Service
@Transactional(readOnly = true)
public class ConcentrationAssessment {

    public static final String DECISION = "concentration-thresholds";

    private final RegisterService register;
    private final DecisionService decisions;

    ConcentrationAssessment(RegisterService register, DecisionService decisions) {
        this.register = register;
        this.decisions = decisions;
    }

    public record Result(ConcentrationFigures figures, boolean tooHigh, List<String> findings) {
    }

    public Result assess(Long serviceId) {
        ConcentrationFigures figures = figures(register.service(serviceId));
        List<String> findings = findings(figures);
        return new Result(figures, !findings.isEmpty(), findings);
    }

    ConcentrationFigures figures(OutsourcedService candidate) {
        Long vendorId = candidate.getVendor().getId();
        ServiceTotals organization = register.concentrationTotals(null, candidate.getId()).plus(candidate);
        ServiceTotals vendor = register.concentrationTotals(vendorId, candidate.getId()).plus(candidate);
        return ConcentrationFigures.of(organization, vendor, candidate.getVendor().getMarketSharePercent());
    }

    List<String> findings(ConcentrationFigures figures) {
        return decisions.evaluateDecisionTableByKey(DECISION, figures.decisionInput()).collectEntries("finding");
    }
}
