package tw.vendorrisk.register;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    long countByServiceIdAndStatus(Long serviceId, ContractStatus status);
}
