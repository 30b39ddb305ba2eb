package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        BigDecimal marketShare = candidate.getVendor().getMarketSharePercent();
        return new ConcentrationFigures((int) organization.count(), (int) organization.critical(),
                percent(BigDecimal.valueOf(vendor.count()), BigDecimal.valueOf(organization.count())),
                percent(vendor.spend(), organization.spend()),
                percent(BigDecimal.valueOf(vendor.critical()), BigDecimal.valueOf(organization.critical())),
                marketShare == null ? BigDecimal.ZERO : marketShare);
    }

    List<String> findings(ConcentrationFigures figures) {
        return decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("serviceCount", figures.serviceCount())
                        .putValue("criticalCount", figures.criticalCount())
                        .putValue("shareByCount", figures.shareByCount().doubleValue())
                        .putValue("shareBySpend", figures.shareBySpend().doubleValue())
                        .putValue("shareOfCritical", figures.shareOfCritical().doubleValue())
                        .putValue("marketShare", figures.marketShare().doubleValue()))
                .collectEntries("finding");
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
