package tw.vendorrisk.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceDownloadRepository extends JpaRepository<EvidenceDownload, Long> {

    List<EvidenceDownload> findByVendorIdOrderByDownloadedAt(Long vendorId);
}
