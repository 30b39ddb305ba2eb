package tw.vendorrisk.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A contract's vendor access grants in the register. */
@RestController
@RequestMapping("/api/contracts/{contractId}")
class AccessController {

    private final AccessService access;

    AccessController(AccessService access) {
        this.access = access;
    }

    record AccessGrantView(Long id, String personName, String personRole, String assets, String accessKinds,
            boolean tradeSecrets, LocalDate requestedUntil, AccessGrantStatus status, LocalDate rulesAcknowledgedOn,
            String riskLevel, String riskAssessment, String assessedBy, String decidedBy, String decisionReason,
            OffsetDateTime grantedAt, LocalDate grantedUntil, OffsetDateTime revokedAt,
            RevocationReason revocationReason, String revokedBy, String processInstanceId) {

        static AccessGrantView of(AccessGrant g) {
            return new AccessGrantView(g.getId(), g.getPersonName(), g.getPersonRole(), g.getAssets(),
                    g.getAccessKinds(), g.isTradeSecrets(), g.getRequestedUntil(), g.getStatus(),
                    g.getRulesAcknowledgedOn(), g.getRiskLevel(), g.getRiskAssessment(), g.getAssessedBy(),
                    g.getDecidedBy(), g.getDecisionReason(), g.getGrantedAt(), g.getGrantedUntil(),
                    g.getRevokedAt(), g.getRevocationReason(), g.getRevokedBy(), g.getProcessInstanceId());
        }
    }

    /** The contract's access grants; {@code ?status=ACTIVE} for the access in force now. */
    @GetMapping("/access-grants")
    List<AccessGrantView> accessGrants(@PathVariable Long contractId,
            @RequestParam(required = false) AccessGrantStatus status) {
        return access.grantsOfContract(contractId).stream()
                .filter(grant -> status == null || grant.getStatus() == status)
                .map(AccessGrantView::of)
                .toList();
    }
}
