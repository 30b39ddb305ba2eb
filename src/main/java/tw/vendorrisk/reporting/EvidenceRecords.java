package tw.vendorrisk.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tw.vendorrisk.change.ChangeRecord;
import tw.vendorrisk.contract.ClauseCheckRecord;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.termination.InformationAsset;
import tw.vendorrisk.register.Nda;
import tw.vendorrisk.register.OrganizationProfile;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.oversight.OversightActivity;
import tw.vendorrisk.oversight.RemediationItem;
import tw.vendorrisk.selection.SelectionDecision;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.termination.AssetDisposition;
import tw.vendorrisk.termination.TerminationRecord;
import tw.vendorrisk.termination.TransitionCheckItem;

/**
 * What the register holds about one vendor, read in one transaction for the evidence pack. The maps
 * are keyed by contract ID (documents, clause checks, access grants, oversight, changes, information
 * assets of the arrangement, terminations: only the contracts being or having been terminated), by
 * oversight activity ID (remediation items) or by termination ID (asset dispositions, transition
 * checklist).
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
        Map<Long, List<RemediationItem>> remediation,
        Map<Long, List<ChangeRecord>> changes,
        Map<Long, List<InformationAsset>> assets,
        Map<Long, TerminationRecord> terminations,
        Map<Long, List<AssetDisposition>> dispositions,
        Map<Long, List<TransitionCheckItem>> transitionChecks) {

    List<Contract> contractsOf(OutsourcedService service) {
        return contracts.stream().filter(c -> c.getService().getId().equals(service.getId())).toList();
    }

    /** The disposition of an asset in a termination, or null while it is still to be returned, destroyed or handed over. */
    AssetDisposition dispositionOf(TerminationRecord termination, InformationAsset asset) {
        return dispositions.getOrDefault(termination.getId(), List.of()).stream()
                .filter(d -> d.getAsset().getId().equals(asset.getId())).findFirst().orElse(null);
    }

    /** The vendor's access grants, over all its contracts. */
    List<AccessGrant> allAccessGrants() {
        return all(accessGrants);
    }

    /** The vendor's audits, on-site reviews and SLA reports, over all its contracts. */
    List<OversightActivity> allOversight() {
        return all(oversight);
    }

    /** The changes reported for the vendor's contracts. */
    List<ChangeRecord> allChanges() {
        return all(changes);
    }

    private static <T> List<T> all(Map<Long, List<T>> byContract) {
        return byContract.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The process instance IDs the register keeps for this vendor's services, contracts, oversight,
     * changes and terminations.
     */
    List<String> processInstanceIds() {
        return Stream.of(
                        services.stream().map(OutsourcedService::getSelectionProcessInstanceId),
                        decisions.stream().map(SelectionDecision::getProcessInstanceId),
                        contracts.stream().map(Contract::getProcessInstanceId),
                        allAccessGrants().stream().map(AccessGrant::getProcessInstanceId),
                        allOversight().stream().map(OversightActivity::getProcessInstanceId),
                        allChanges().stream().map(ChangeRecord::getProcessInstanceId),
                        terminations.values().stream().map(TerminationRecord::getProcessInstanceId))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
