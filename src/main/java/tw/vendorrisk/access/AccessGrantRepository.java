package tw.vendorrisk.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

    List<AccessGrant> findByContractIdAndStatus(Long contractId, AccessGrantStatus status);

    List<AccessGrant> findByContractIdOrderById(Long contractId);

    long countByContractIdAndStatus(Long contractId, AccessGrantStatus status);

    /** The vendor's grants, newest first. */
    List<AccessGrant> findByVendorIdOrderByIdDesc(Long vendorId);
}
