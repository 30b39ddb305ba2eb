package tw.vendorrisk.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    List<Certificate> findByVendorIdOrderByExpiresOn(Long vendorId);
}
