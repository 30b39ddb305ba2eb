package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;

import tw.vendorrisk.register.ServiceTotals;

/**
 * A vendor's concentration, in percent (4.1.c): its share of the organization's outsourced
 * services by count, by annual spend and among critical services, and its share of the market.
 * {@code serviceCount} and {@code criticalCount} are how many services, and critical services, the
 * organization outsources in all.
 */
public record ConcentrationFigures(
        int serviceCount,
        int criticalCount,
        BigDecimal shareByCount,
        BigDecimal shareBySpend,
        BigDecimal shareOfCritical,
        BigDecimal marketShare) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The vendor's shares of the organization's totals (2 decimals, half up; 0 of nothing). */
    public static ConcentrationFigures of(ServiceTotals organization, ServiceTotals vendor, BigDecimal marketShare) {
        return new ConcentrationFigures((int) organization.count(), (int) organization.critical(),
                percent(BigDecimal.valueOf(vendor.count()), BigDecimal.valueOf(organization.count())),
                percent(vendor.spend(), organization.spend()),
                percent(BigDecimal.valueOf(vendor.critical()), BigDecimal.valueOf(organization.critical())),
                marketShare == null ? BigDecimal.ZERO : marketShare);
    }

    /** The inputs of the decision table {@code concentration-thresholds}. */
    Map<String, Object> decisionInput() {
        return Variables.createVariables()
                .putValue("serviceCount", serviceCount)
                .putValue("criticalCount", criticalCount)
                .putValue("shareByCount", shareByCount.doubleValue())
                .putValue("shareBySpend", shareBySpend.doubleValue())
                .putValue("shareOfCritical", shareOfCritical.doubleValue())
                .putValue("marketShare", marketShare.doubleValue());
    }

    /** The highest of each share of these figures and the others' (the organization's counts stay). */
    ConcentrationFigures atLeast(ConcentrationFigures other) {
        return new ConcentrationFigures(serviceCount, criticalCount, shareByCount.max(other.shareByCount),
                shareBySpend.max(other.shareBySpend), shareOfCritical.max(other.shareOfCritical),
                marketShare.max(other.marketShare));
    }

    /** The highest of the four shares. */
    BigDecimal highestShare() {
        return shareByCount.max(shareBySpend).max(shareOfCritical).max(marketShare);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
