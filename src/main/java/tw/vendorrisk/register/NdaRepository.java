package tw.vendorrisk.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NdaRepository extends JpaRepository<Nda, Long> {

    List<Nda> findByVendorIdOrderBySignedOnDesc(Long vendorId);
}
