package tw.vendorrisk.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    long countByServiceIdAndStatus(Long serviceId, ContractStatus status);
    List<Contract> findByVendorIdOrderById(Long vendorId);
}
