package tw.vendorrisk.selection;

import java.math.BigDecimal;

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
}
