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


/**
 * How one information asset left the arrangement (13.1.b, 13.2.2, 13.2.3): returned, destroyed
 * (with the destruction certificate kept as a contract document) or handed over, confirmed by whom
 * and when.
 */
@Entity
public class AssetDisposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "termination_id")
    private TerminationRecord termination;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id")
    private InformationAsset asset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DispositionMethod method;

    private String recipient;
    /** The destruction certificate in contract_document, for DESTROY. */
    private Long documentId;
    private String notes;
    private String confirmedBy;
    @Column(nullable = false)
    private OffsetDateTime confirmedAt;

    protected AssetDisposition() {
    }

    AssetDisposition(TerminationRecord termination, InformationAsset asset, DispositionMethod method,
            String recipient, Long documentId, String notes, String confirmedBy, OffsetDateTime confirmedAt) {
        this.termination = termination;
        this.asset = asset;
        this.method = method;
        this.recipient = recipient;
        this.documentId = documentId;
        this.notes = notes;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() { return id; }
    public TerminationRecord getTermination() { return termination; }
    public InformationAsset getAsset() { return asset; }
    public DispositionMethod getMethod() { return method; }
    public String getRecipient() { return recipient; }
    public Long getDocumentId() { return documentId; }
    public String getNotes() { return notes; }
    public String getConfirmedBy() { return confirmedBy; }
    public OffsetDateTime getConfirmedAt() { return confirmedAt; }
}
