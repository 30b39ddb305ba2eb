package tw.vendorrisk.register;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorRepository extends JpaRepository<Vendor, Long> {

    Optional<Vendor> findByTaxId(String taxId);

    boolean existsByTaxId(String taxId);
}
