package tw.vendorrisk.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageContext.ContractRow;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's access part: the vendor staff's access grants under its contracts, active and ended
 * (Art. 8, 9), and (for project leads) a request for access under a running contract.
 */
@Component
class AccessVendorSection implements VendorPageSection {

    /** The groups that may ask for access: {@code CREATE_INSTANCE} on vendor-access (AccessSetup). */
    static final List<String> REQUEST_ACCESS = List.of(Groups.PROJECT_LEADS, Groups.ADMIN);

    public record Grant(Long contractId, String personName, String personRole, String assets, List<AccessKind> kinds,
            boolean tradeSecrets, AccessGrantStatus status, LocalDate requestedUntil, LocalDate grantedUntil,
            String decidedBy, OffsetDateTime revokedAt, RevocationReason revocationReason) {
    }

    public record Data(List<Grant> active, List<Grant> others, List<ContractRow> requestable) {
    }

    private final AccessGrantRepository grants;

    AccessVendorSection(AccessGrantRepository grants) {
        this.grants = grants;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String anchor() {
        return "access";
    }

    @Override
    public String template() {
        return "access/vendor-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(VendorPageContext context) {
        List<Grant> all = grants.findByVendorIdOrderByIdDesc(context.vendorId()).stream()
                .map(g -> new Grant(g.getContract().getId(), g.getPersonName(), g.getPersonRole(), g.getAssets(),
                        g.getAccessKindSet().stream().sorted().toList(), g.isTradeSecrets(), g.getStatus(),
                        g.getRequestedUntil(), g.getGrantedUntil(), g.getDecidedBy(), g.getRevokedAt(),
                        g.getRevocationReason()))
                .toList();
        return new Data(all.stream().filter(g -> g.status() == AccessGrantStatus.ACTIVE).toList(),
                all.stream().filter(g -> g.status() != AccessGrantStatus.ACTIVE).toList(),
                context.inAnyGroup(REQUEST_ACCESS) ? context.runningContracts() : List.of());
    }
}
