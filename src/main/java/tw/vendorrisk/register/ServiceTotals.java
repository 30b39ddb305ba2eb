package tw.vendorrisk.register;

import java.math.BigDecimal;

/** Count, annual spend and number of critical services of a set of outsourced services. */
public record ServiceTotals(long count, BigDecimal spend, long critical) {

    public ServiceTotals plus(OutsourcedService service) {
        return new ServiceTotals(count + 1, spend.add(service.getAnnualSpend()),
                critical + (service.getCriticality() == Criticality.CRITICAL ? 1 : 0));
    }
}
