package tw.vendorrisk.termination;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageContext.ContractRow;
import tw.vendorrisk.register.VendorPageContext.ServiceRow;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's end of arrangements (Art. 13): the information assets of its services (13.2.2) with a
 * form to add one, each termination with where it stands, and terminating a contract.
 */
@Component
class TerminationVendorSection implements VendorPageSection {

    /** The groups of {@code POST /api/…/information-assets}. */
    static final List<String> ADD_ASSET = List.of(Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS,
            Groups.ADMIN);
    /** The groups of {@code POST /api/contracts/{id}/termination}. */
    static final List<String> TERMINATE = List.of(Groups.MANAGERS, Groups.PROCUREMENT, Groups.LEGAL, Groups.ADMIN);

    public record Asset(Long serviceId, String serviceDescription, Long contractId, String name,
            AssetClassification classification, String location, boolean tradeSecret, AssetStatus status) {
    }

    public record Termination(Long contractId, TerminationReason reason, TerminationStatus status, String startedBy,
            OffsetDateTime startedAt, OffsetDateTime deadlineAt, int accessRevokedCount, OffsetDateTime completedAt,
            OffsetDateTime escalatedAt) {
    }

    public record Data(Long vendorId, List<Asset> assets, List<ServiceRow> assetServices, List<Termination> terminations,
            List<ContractRow> terminable) {

        public AssetClassification[] classifications() {
            return AssetClassification.values();
        }
    }

    private final InformationAssetRepository assets;
    private final TerminationRecordRepository terminations;

    TerminationVendorSection(InformationAssetRepository assets, TerminationRecordRepository terminations) {
        this.assets = assets;
        this.terminations = terminations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String anchor() {
        return "termination";
    }

    @Override
    public String template() {
        return "termination/vendor-section";
    }

    @Override
    public Map<String, Object> forms(VendorPageContext context) {
        return Map.of("assetForm", new AssetForm());
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(VendorPageContext context) {
        Map<Long, String> serviceNames = new java.util.HashMap<>();
        context.services().forEach(s -> serviceNames.put(s.id(), s.description()));
        List<Asset> assetRows = context.services().isEmpty() ? List.of()
                : assets.findByServiceIdInOrderById(context.serviceIds()).stream()
                        .map(a -> new Asset(a.getService().getId(), serviceNames.get(a.getService().getId()),
                                a.getContract() == null ? null : a.getContract().getId(), a.getName(),
                                a.getClassification(), a.getLocation(), a.isTradeSecret(), a.getStatus()))
                        .toList();
        List<Termination> terminationRows = context.contracts().isEmpty() ? List.of()
                : terminations.findByContractIdIn(context.contractIds()).stream()
                        .map(t -> new Termination(t.getContract().getId(), t.getReason(), t.getStatus(),
                                t.getStartedBy(), t.getStartedAt(), t.getDeadlineAt(), t.getAccessRevokedCount(),
                                t.getCompletedAt(), t.getEscalatedAt()))
                        .toList();
        Set<Long> terminated = new HashSet<>();
        terminationRows.forEach(t -> terminated.add(t.contractId()));
        List<ServiceRow> assetServices = context.inAnyGroup(ADD_ASSET) ? context.services().stream()
                .filter(s -> s.status() != ServiceStatus.ENDED && s.status() != ServiceStatus.NOT_SELECTED).toList()
                : List.of();
        List<ContractRow> terminable = context.inAnyGroup(TERMINATE) ? context.contracts().stream()
                .filter(c -> !terminated.contains(c.id()) && c.status() != ContractStatus.DRAFTING).toList()
                : List.of();
        return new Data(context.vendorId(), assetRows, assetServices, terminationRows, terminable);
    }

    /** An information asset of one of the vendor's services: the service and {@link NewInformationAsset}. */
    public static class AssetForm {
        private Long serviceId;
        private String name;
        private String description;
        private AssetClassification classification;
        private String location;
        private boolean tradeSecret;

        NewInformationAsset toRequest() {
            return new NewInformationAsset(name, description, classification, location, tradeSecret);
        }

        public Long getServiceId() { return serviceId; }
        public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public AssetClassification getClassification() { return classification; }
        public void setClassification(AssetClassification classification) { this.classification = classification; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public boolean isTradeSecret() { return tradeSecret; }
        public void setTradeSecret(boolean tradeSecret) { this.tradeSecret = tradeSecret; }
    }
}
