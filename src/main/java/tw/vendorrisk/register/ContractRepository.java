package tw.vendorrisk.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    long countByServiceIdAndStatus(Long serviceId, ContractStatus status);
    List<Contract> findByVendorIdOrderById(Long vendorId);

    /** The vendor's contracts with their services, in one query. */
    @Query("select c from Contract c join fetch c.service where c.vendor.id = :vendorId order by c.id")
    List<Contract> withServicesOfVendor(@Param("vendorId") Long vendorId);
}
