package tw.vendorrisk.crossborder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A data subject's recorded consent to the transfer abroad of some categories of their data
 * (10.2.4). The subject is named by a customer reference, not by name.
 */
@Entity
public class CrossBorderConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrangement_id")
    private CrossBorderArrangement arrangement;

    @Column(nullable = false)
    private String dataSubjectRef;

    /** Category codes, comma-separated. */
    @Column(nullable = false)
    private String categories;

    @Column(nullable = false)
    private LocalDate consentedOn;

    @Column(nullable = false)
    private String evidenceReference;

    private LocalDate withdrawnOn;
    private String recordedBy;

    @Column(nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected CrossBorderConsent() {
    }

    public CrossBorderConsent(CrossBorderArrangement arrangement, String dataSubjectRef, List<String> categories,
            LocalDate consentedOn, String evidenceReference, String user, OffsetDateTime now) {
        this.arrangement = arrangement;
        this.dataSubjectRef = dataSubjectRef;
        this.categories = String.join(",", categories);
        this.consentedOn = consentedOn;
        this.evidenceReference = evidenceReference;
        this.recordedBy = user;
        this.recordedAt = now;
    }

    /** In force on the day for the category: given on or before it, and not withdrawn by then. */
    public boolean allows(String category, LocalDate day) {
        return getCategories().contains(category) && !consentedOn.isAfter(day)
                && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    public void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }

    public Long getId() {
        return id;
    }

    public Long getArrangementId() {
        return arrangement.getId();
    }

    public String getDataSubjectRef() {
        return dataSubjectRef;
    }

    public List<String> getCategories() {
        return Arrays.asList(categories.split(","));
    }

    public LocalDate getConsentedOn() {
        return consentedOn;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
