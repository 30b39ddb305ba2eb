package tw.vendorrisk.crossborder;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One transfer of customer data abroad, as logged for the audit trail (10.2.4). Never changed once written. */
@Entity
public class CrossBorderTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrangement_id")
    private CrossBorderArrangement arrangement;

    /** Category codes, comma-separated. */
    @Column(nullable = false)
    private String categories;

    private boolean sensitive;
    private boolean encrypted;
    private int recordCount;
    private String reference;

    @Column(nullable = false)
    private OffsetDateTime transferredAt;

    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cross_border_transfer_subject", joinColumns = @JoinColumn(name = "transfer_id"))
    private List<TransferSubject> subjects = new ArrayList<>();

    protected CrossBorderTransfer() {
    }

    public CrossBorderTransfer(CrossBorderArrangement arrangement, List<String> categories, boolean sensitive,
            boolean encrypted, int recordCount, String reference, List<TransferSubject> subjects, String user,
            OffsetDateTime now) {
        this.arrangement = arrangement;
        this.categories = String.join(",", categories);
        this.sensitive = sensitive;
        this.encrypted = encrypted;
        this.recordCount = recordCount;
        this.reference = reference;
        this.subjects.addAll(subjects);
        this.recordedBy = user;
        this.transferredAt = now;
    }

    public Long getId() {
        return id;
    }

    public List<String> getCategories() {
        return Arrays.asList(categories.split(","));
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public int getRecordCount() {
        return recordCount;
    }

    public String getReference() {
        return reference;
    }

    public OffsetDateTime getTransferredAt() {
        return transferredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<TransferSubject> getSubjects() {
        return subjects;
    }
}
