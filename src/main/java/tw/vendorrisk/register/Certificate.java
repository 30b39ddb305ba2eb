package tw.vendorrisk.register;

import java.time.LocalDate;
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

import tw.vendorrisk.common.Text;

/**
 * A vendor's third-party security certificate (4.2.2, 4.2.3). Before it expires, the
 * {@code certificate-expiry} process flags it and asks {@code infosec} for the renewed one: the
 * renewal becomes a new certificate that this one points to, or the certificate is recorded as
 * not renewed.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateType type;

    @Column(name = "certificate_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private LocalDate expiresOn;

    private LocalDate renewalRequestedOn;
    private String renewalProcessInstanceId;

    @Enumerated(EnumType.STRING)
    private CertificateRenewal renewalOutcome;

    private String renewalNotes;
    private String renewalDecidedBy;
    private OffsetDateTime renewalDecidedAt;

    @Column(name = "renewed_by_certificate_id")
    private Long renewedByCertificateId;

    protected Certificate() {
    }

    public Certificate(Vendor vendor, CertificateType type, String number, LocalDate expiresOn) {
        this.vendor = vendor;
        this.type = type;
        this.number = number;
        this.expiresOn = expiresOn;
    }

    public boolean isValidOn(LocalDate day) {
        return !expiresOn.isBefore(day);
    }

    /** Flags the certificate as near expiry: its renewal was asked for. */
    public void requestRenewal(LocalDate on, String processInstanceId) {
        this.renewalRequestedOn = on;
        this.renewalProcessInstanceId = processInstanceId;
    }

    /** Renewed: the successor certificate holds the new number and expiry date. */
    public void recordRenewal(Certificate successor, String notes, String user, OffsetDateTime at) {
        decide(CertificateRenewal.RENEWED, notes, user, at);
        this.renewedByCertificateId = successor.getId();
    }

    /** Not renewed: the vendor drops the certification, or the organization no longer needs it. */
    public void recordNotRenewed(String notes, String user, OffsetDateTime at) {
        decide(CertificateRenewal.NOT_RENEWED, notes, user, at);
    }

    private void decide(CertificateRenewal outcome, String notes, String user, OffsetDateTime at) {
        if (renewalOutcome != null) {
            throw RegisterException.invalid("certificateId", "The renewal of certificate " + number
                    + " was already recorded as " + renewalOutcome + ".");
        }
        this.renewalOutcome = outcome;
        this.renewalNotes = Text.limit(notes);
        this.renewalDecidedBy = user;
        this.renewalDecidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public LocalDate getRenewalRequestedOn() {
        return renewalRequestedOn;
    }

    public String getRenewalProcessInstanceId() {
        return renewalProcessInstanceId;
    }

    public CertificateRenewal getRenewalOutcome() {
        return renewalOutcome;
    }

    public String getRenewalNotes() {
        return renewalNotes;
    }

    public String getRenewalDecidedBy() {
        return renewalDecidedBy;
    }

    public OffsetDateTime getRenewalDecidedAt() {
        return renewalDecidedAt;
    }

    public Long getRenewedByCertificateId() {
        return renewedByCertificateId;
    }

    public CertificateType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
