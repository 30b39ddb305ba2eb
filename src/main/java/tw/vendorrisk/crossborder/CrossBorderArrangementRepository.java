package tw.vendorrisk.crossborder;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrossBorderArrangementRepository extends JpaRepository<CrossBorderArrangement, Long> {

    Optional<CrossBorderArrangement> findByContractId(Long contractId);

    boolean existsByContractId(Long contractId);
}
