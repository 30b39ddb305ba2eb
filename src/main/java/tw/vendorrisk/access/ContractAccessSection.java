package tw.vendorrisk.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.contract.ContractPageContext;
import tw.vendorrisk.contract.ContractPageSection;

/** The contract's access grants on its page: active ones first, then the revoked, requested and refused. */
@Component
class ContractAccessSection implements ContractPageSection {

    public record Row(Long id, String personName, String personRole, String assets, String accessKinds,
            AccessGrantStatus status, LocalDate grantedUntil, OffsetDateTime grantedAt, String decidedBy,
            OffsetDateTime revokedAt, RevocationReason revocationReason, String revokedBy) {
    }

    public record Data(List<Row> active, List<Row> others) {
    }

    private final AccessGrantRepository grants;

    ContractAccessSection(AccessGrantRepository grants) {
        this.grants = grants;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "access/contract-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Data data(ContractPageContext context) {
        List<Row> rows = grants.findByContractIdOrderById(context.contractId()).stream()
                .map(g -> new Row(g.getId(), g.getPersonName(), g.getPersonRole(), g.getAssets(), g.getAccessKinds(),
                        g.getStatus(), g.getGrantedUntil(), g.getGrantedAt(), g.getDecidedBy(), g.getRevokedAt(),
                        g.getRevocationReason(), g.getRevokedBy()))
                .toList();
        return new Data(rows.stream().filter(r -> r.status() == AccessGrantStatus.ACTIVE).toList(),
                rows.stream().filter(r -> r.status() != AccessGrantStatus.ACTIVE).toList());
    }
}
