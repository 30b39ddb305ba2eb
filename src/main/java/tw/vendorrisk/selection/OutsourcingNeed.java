package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** The outsourcing need a selection starts from, read and checked from the process variables. */
record OutsourcingNeed(ServiceProfile profile, String vendorTaxId) {

    static OutsourcingNeed from(VariableScope scope) {
        String description = Variables.SERVICE_DESCRIPTION.require(scope).strip();
        if (description.isEmpty() || description.length() > 500) {
            throw new InvalidVariableException(Variables.SERVICE_DESCRIPTION.name(),
                    "must describe the service in 1 to 500 characters.");
        }
        BigDecimal spend = new BigDecimal(Variables.ANNUAL_SPEND.require(scope).toString());
        if (spend.signum() < 0) {
            throw new InvalidVariableException(Variables.ANNUAL_SPEND.name(), "must not be negative.");
        }
        LocalDate start = Variables.PERIOD_START.date(scope);
        LocalDate end = Variables.PERIOD_END.date(scope);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidVariableException(Variables.PERIOD_END.name(), "must not lie before periodStart.");
        }
        ServiceProfile profile = new ServiceProfile(description,
                Variables.CLOUD.getOrDefault(scope, false),
                Variables.SYSTEM_DEVELOPMENT.getOrDefault(scope, false),
                Variables.SYSTEM_MAINTENANCE.getOrDefault(scope, false),
                Variables.SYSTEM_MONITORING.getOrDefault(scope, false),
                Variables.CRITICALITY.enumValue(scope, Criticality.class, null), spend, start, end);
        return new OutsourcingNeed(profile, Variables.VENDOR_TAX_ID.require(scope).strip());
    }
}
