package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.ProcessVariable;
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
        LocalDate start = date(scope, Variables.PERIOD_START);
        LocalDate end = date(scope, Variables.PERIOD_END);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidVariableException(Variables.PERIOD_END.name(), "must not lie before periodStart.");
        }
        ServiceProfile profile = new ServiceProfile(description,
                Variables.CLOUD.getOrDefault(scope, false),
                Variables.SYSTEM_DEVELOPMENT.getOrDefault(scope, false),
                Variables.SYSTEM_MAINTENANCE.getOrDefault(scope, false),
                Variables.SYSTEM_MONITORING.getOrDefault(scope, false),
                criticality(scope), spend, start, end);
        return new OutsourcingNeed(profile, Variables.VENDOR_TAX_ID.require(scope).strip());
    }

    private static Criticality criticality(VariableScope scope) {
        String value = Variables.CRITICALITY.require(scope);
        try {
            return Criticality.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidVariableException(Variables.CRITICALITY.name(),
                    "must be one of CRITICAL, HIGH, NORMAL, not '" + value + "'.");
        }
    }

    static LocalDate date(VariableScope scope, ProcessVariable<String> variable) {
        String value = variable.get(scope);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidVariableException(variable.name(), "must be a date like 2026-11-25, not '" + value + "'.");
        }
    }
}
