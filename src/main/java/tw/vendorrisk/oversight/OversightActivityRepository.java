package tw.vendorrisk.oversight;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OversightActivityRepository extends JpaRepository<OversightActivity, Long> {

    List<OversightActivity> findByContractIdOrderByKindAscSequenceNoAsc(Long contractId);

    List<OversightActivity> findByContractIdAndKindOrderBySequenceNo(Long contractId, OversightKind kind);

    List<OversightActivity> findByContractIdAndStatusIn(Long contractId, List<OversightStatus> statuses);

    long countByContractIdAndKind(Long contractId, OversightKind kind);
}
