package tw.vendorrisk.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A non-disclosure agreement signed with a vendor before sensitive information is exchanged (Art. 5). */
@Entity
public class Nda {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private LocalDate signedOn;

    private LocalDate validUntil;

    private String recordedBy;

    @Column(nullable = false)
    private OffsetDateTime recordedAt;

    protected Nda() {
    }

    public Nda(Vendor vendor, Long serviceId, String reference, LocalDate signedOn, LocalDate validUntil,
            String recordedBy) {
        this.vendor = vendor;
        this.serviceId = serviceId;
        this.reference = reference;
        this.signedOn = signedOn;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
    }

    public boolean isInForceOn(LocalDate day) {
        return !signedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
