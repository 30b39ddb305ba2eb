package tw.vendorrisk.reporting;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One download of a vendor's evidence pack: who, when, and the size and digest of the ZIP they got. */
@Entity
public class EvidenceDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long vendorId;

    @Column(nullable = false)
    private String downloadedBy;

    @Column(nullable = false)
    private OffsetDateTime downloadedAt;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    protected EvidenceDownload() {
    }

    EvidenceDownload(Long vendorId, String downloadedBy, long size, String sha256) {
        this.vendorId = vendorId;
        this.downloadedBy = downloadedBy;
        this.size = size;
        this.sha256 = sha256;
        this.downloadedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public String getDownloadedBy() {
        return downloadedBy;
    }

    public OffsetDateTime getDownloadedAt() {
        return downloadedAt;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
