package tw.vendorrisk.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.common.Text;
import tw.vendorrisk.register.Vendor;

/**
 * Access of one vendor staff member to the organization's information assets under a contract
 * (Art. 8, 9): who, to what, which kinds of access, until when; the security rules briefing (8.1),
 * the risk assessment (9.1-9.3), the decision and the revocation (8.2).
 */
@Entity
public class AccessGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(nullable = false)
    private String personName;
    private String personRole;
    @Column(nullable = false)
    private String assets;
    @Column(nullable = false)
    private String accessKinds;
    private boolean tradeSecrets;
    private String purpose;
    @Column(nullable = false)
    private LocalDate requestedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessGrantStatus status;

    private LocalDate rulesAcknowledgedOn;
    private String rulesBriefedBy;
    private String riskLevel;
    private String riskAssessment;
    private String assessedBy;
    private String decidedBy;
    private String decisionReason;
    private OffsetDateTime grantedAt;
    private LocalDate grantedUntil;
    private OffsetDateTime revokedAt;
    @Enumerated(EnumType.STRING)
    private RevocationReason revocationReason;
    private String revokedBy;
    private String processInstanceId;
    private String requestedBy;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected AccessGrant() {
    }

    public AccessGrant(Contract contract, AccessRequest request, String requestedBy, String processInstanceId) {
        this.contract = contract;
        this.vendor = contract.getVendor();
        this.personName = Text.limit(request.personName());
        this.personRole = Text.limit(request.personRole());
        this.assets = Text.limit(request.assets());
        this.accessKinds = request.accessKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.tradeSecrets = request.tradeSecrets();
        this.purpose = Text.limit(request.purpose());
        this.requestedUntil = request.requestedUntil();
        this.status = AccessGrantStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.processInstanceId = processInstanceId;
        this.createdAt = OffsetDateTime.now();
    }

    /** 8.1: the vendor was told the organization's security rules and acknowledged them on this day. */
    public void recordRulesBriefing(LocalDate acknowledgedOn, String briefedBy) {
        this.rulesAcknowledgedOn = acknowledgedOn;
        this.rulesBriefedBy = briefedBy;
    }

    /** 9.1-9.3: the project lead's assessment of the request. */
    public void recordAssessment(String riskLevel, String assessment, String user) {
        this.riskLevel = riskLevel;
        this.riskAssessment = Text.limit(assessment);
        this.assessedBy = user;
    }

    public void grant(LocalDate until, String reason, String user, OffsetDateTime now) {
        requireStatus(AccessGrantStatus.REQUESTED);
        this.status = AccessGrantStatus.ACTIVE;
        this.grantedUntil = until;
        this.decisionReason = Text.limit(reason);
        this.decidedBy = user;
        this.grantedAt = now;
    }

    public void refuse(String reason, String user) {
        requireStatus(AccessGrantStatus.REQUESTED);
        this.status = AccessGrantStatus.REFUSED;
        this.decisionReason = Text.limit(reason);
        this.decidedBy = user;
    }

    /** Takes the access away; a grant that is not active is left as it is. Returns whether it changed. */
    public boolean revoke(RevocationReason reason, String user, OffsetDateTime now) {
        if (status != AccessGrantStatus.ACTIVE) {
            return false;
        }
        this.status = AccessGrantStatus.REVOKED;
        this.revocationReason = reason;
        this.revokedBy = user;
        this.revokedAt = now;
        return true;
    }

    private void requireStatus(AccessGrantStatus expected) {
        if (status != expected) {
            throw RegisterException.invalid("accessGrantId",
                    "Access grant " + id + " is " + status + ", not " + expected + ".");
        }
    }

    public Set<AccessKind> getAccessKindSet() {
        Set<AccessKind> kinds = EnumSet.noneOf(AccessKind.class);
        Arrays.stream(accessKinds.split(",")).filter(s -> !s.isBlank()).map(AccessKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public Vendor getVendor() { return vendor; }
    public String getPersonName() { return personName; }
    public String getPersonRole() { return personRole; }
    public String getAssets() { return assets; }
    public String getAccessKinds() { return accessKinds; }
    public boolean isTradeSecrets() { return tradeSecrets; }
    public String getPurpose() { return purpose; }
    public LocalDate getRequestedUntil() { return requestedUntil; }
    public AccessGrantStatus getStatus() { return status; }
    public LocalDate getRulesAcknowledgedOn() { return rulesAcknowledgedOn; }
    public String getRulesBriefedBy() { return rulesBriefedBy; }
    public String getRiskLevel() { return riskLevel; }
    public String getRiskAssessment() { return riskAssessment; }
    public String getAssessedBy() { return assessedBy; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReason() { return decisionReason; }
    public OffsetDateTime getGrantedAt() { return grantedAt; }
    public LocalDate getGrantedUntil() { return grantedUntil; }
    public OffsetDateTime getRevokedAt() { return revokedAt; }
    public RevocationReason getRevocationReason() { return revocationReason; }
    public String getRevokedBy() { return revokedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getRequestedBy() { return requestedBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
