package tw.vendorrisk.termination;

import java.time.OffsetDateTime;

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

import tw.vendorrisk.common.Text;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterException;

/**
 * One of the organization's information assets in an outsourcing arrangement (13.2.2), registered
 * for the service (every contract of it) or for one contract, so that at the end each is returned,
 * destroyed or handed over.
 */
@Entity
public class InformationAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private OutsourcedService service;

    /** Null when the asset belongs to the service under any of its contracts. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false)
    private String name;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetClassification classification;

    private String location;
    private boolean tradeSecret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetStatus status;

    private String registeredBy;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected InformationAsset() {
    }

    public InformationAsset(OutsourcedService service, Contract contract, NewInformationAsset asset, String user) {
        this.service = service;
        this.contract = contract;
        this.name = asset.name().strip();
        this.description = Text.limit(asset.description());
        this.classification = asset.classification();
        this.location = asset.location();
        this.tradeSecret = asset.tradeSecret();
        this.status = AssetStatus.IN_USE;
        this.registeredBy = user;
        this.createdAt = OffsetDateTime.now();
    }

    /** The asset left the arrangement: returned, destroyed or handed over. */
    public void dispose(AssetStatus outcome) {
        if (outcome == AssetStatus.IN_USE) {
            throw new IllegalArgumentException("An asset is disposed of as RETURNED, DESTROYED or HANDED_OVER");
        }
        if (status != AssetStatus.IN_USE) {
            throw RegisterException.invalid("assetId", "Information asset " + id + " is already " + status + ".");
        }
        this.status = outcome;
    }

    public Long getId() { return id; }
    public OutsourcedService getService() { return service; }
    public Contract getContract() { return contract; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public AssetClassification getClassification() { return classification; }
    public String getLocation() { return location; }
    public boolean isTradeSecret() { return tradeSecret; }
    public AssetStatus getStatus() { return status; }
    public String getRegisteredBy() { return registeredBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
