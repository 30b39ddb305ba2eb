package tw.vendorrisk.termination;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TerminationRecordRepository extends JpaRepository<TerminationRecord, Long> {

    Optional<TerminationRecord> findByContractId(Long contractId);

    Optional<TerminationRecord> findByProcessInstanceId(String processInstanceId);

    /** The terminations of these contracts. */
    java.util.List<TerminationRecord> findByContractIdIn(java.util.Collection<Long> contractIds);
}
