package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor a page shows, with its services and contracts (read once for all sections), and the user
 * who looks at it.
 */
public record VendorPageContext(Long vendorId, String vendorName, List<ServiceRow> services,
        List<ContractRow> contracts, String user, List<String> groups) {

    public record ServiceRow(Long id, String description, Criticality criticality, BigDecimal annualSpend,
            boolean cloud, boolean systemDevelopment, boolean systemMaintenance, boolean systemMonitoring,
            LocalDate periodStart, LocalDate periodEnd, ServiceStatus status, ArrangementDetails arrangement) {
    }

    public record ContractRow(Long id, Long serviceId, String serviceDescription, ContractPurpose purpose,
            ContractStatus status, LocalDate termStart, LocalDate termEnd, LocalDate signedOn, LocalDate endedOn,
            String endReason, SlaReportFrequency slaReportFrequency, Boolean onsiteStaff) {

        public boolean running() {
            return status == ContractStatus.SIGNED;
        }
    }

    /** Whether the user is in one of the groups. */
    public boolean inAnyGroup(List<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }

    public List<Long> contractIds() {
        return contracts.stream().map(ContractRow::id).toList();
    }

    public List<Long> serviceIds() {
        return services.stream().map(ServiceRow::id).toList();
    }

    public List<ContractRow> runningContracts() {
        return contracts.stream().filter(ContractRow::running).toList();
    }
}
