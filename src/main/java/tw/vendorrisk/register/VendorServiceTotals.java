package tw.vendorrisk.register;

import java.math.BigDecimal;

/** The totals of one vendor's services in some states: count, annual spend, critical services. */
public record VendorServiceTotals(Long vendorId, long count, BigDecimal spend, long critical) {

    public ServiceTotals totals() {
        return new ServiceTotals(count, spend, critical);
    }
}
