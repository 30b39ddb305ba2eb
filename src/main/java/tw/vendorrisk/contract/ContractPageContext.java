package tw.vendorrisk.contract;

import java.time.LocalDate;
import java.util.List;

import tw.vendorrisk.register.ContractStatus;

/** The contract a page shows (read once for all sections), and the user who looks at it. */
public record ContractPageContext(Long contractId, Long vendorId, Long serviceId, ContractStatus status,
        LocalDate termStart, LocalDate termEnd, LocalDate today, String user, List<String> groups) {

    /** Whether the user is in one of the groups. */
    public boolean inAnyGroup(List<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }
}
