package tw.vendorrisk.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tw.vendorrisk.contract.ClauseCheckRecord;
import tw.vendorrisk.register.AccessGrant;
import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.Nda;
import tw.vendorrisk.register.OrganizationProfile;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.OversightActivity;
import tw.vendorrisk.register.RemediationItem;
import tw.vendorrisk.register.SelectionDecision;
import tw.vendorrisk.register.Vendor;

/**
 * What the register holds about one vendor, read in one transaction for the evidence pack. The maps
 * are keyed by contract ID (documents, clause checks, access grants, oversight) or by oversight
 * activity ID (remediation items).
 */
record EvidenceRecords(
        Vendor vendor,
        OrganizationProfile organization,
        List<OutsourcedService> services,
        List<Contract> contracts,
        Map<Long, List<ContractDocument>> documents,
        Map<Long, List<ClauseCheckRecord>> clauseChecks,
        List<SelectionDecision> decisions,
        List<Nda> ndas,
        List<Certificate> certificates,
        Map<Long, List<AccessGrant>> accessGrants,
        Map<Long, List<OversightActivity>> oversight,
        Map<Long, List<RemediationItem>> remediation) {

    List<Contract> contractsOf(OutsourcedService service) {
        return contracts.stream().filter(c -> c.getService().getId().equals(service.getId())).toList();
    }

    /** The process instance IDs the register keeps for this vendor's services, contracts and oversight. */
    List<String> processInstanceIds() {
        return Stream.of(
                        services.stream().map(OutsourcedService::getSelectionProcessInstanceId),
                        decisions.stream().map(SelectionDecision::getProcessInstanceId),
                        contracts.stream().map(Contract::getProcessInstanceId),
                        accessGrants.values().stream().flatMap(List::stream).map(AccessGrant::getProcessInstanceId),
                        oversight.values().stream().flatMap(List::stream)
                                .map(OversightActivity::getProcessInstanceId))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
