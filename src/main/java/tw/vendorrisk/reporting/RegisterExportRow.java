package tw.vendorrisk.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.NonSubstitutabilityReason;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Substitutability;

/**
 * One outsourcing arrangement as the register export reports it: a service of a vendor with its
 * latest contract, its latest selection decision and its oversight. Null means not known.
 */
public record RegisterExportRow(
        Long serviceId,
        Long contractId,
        String vendorTaxId,
        String vendorName,
        String vendorCountry,
        String parentCompany,
        String serviceDescription,
        Criticality criticality,
        boolean cloud,
        Boolean storesData,
        String dataStorageCountries,
        String dataProcessingCountries,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate signedOn,
        String endReason,
        Integer noticePeriodEntityDays,
        Integer noticePeriodProviderDays,
        int organizationCategory,
        BigDecimal shareByCount,
        BigDecimal shareBySpend,
        BigDecimal shareOfCritical,
        BigDecimal marketShare,
        Boolean concentrationTooHigh,
        String exceptionApprovedBy,
        LocalDate lastAudit,
        LocalDate nextAuditDue,
        LocalDate lastOnsiteReview,
        String certificates,
        String subcontractors,
        Substitutability substitutability,
        NonSubstitutabilityReason nonSubstitutabilityReason,
        Boolean exitPlanExists,
        String exitPlan,
        ServiceStatus serviceStatus,
        ContractStatus contractStatus) {
}
