package tw.vendorrisk.register;

import java.time.LocalDate;

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

/** A vendor's third-party security certificate (4.2.2, 4.2.3). */
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

    public Long getId() {
        return id;
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
