package tw.vendorrisk.change;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {

    List<ChangeRecord> findByContractIdOrderById(Long contractId);

    Optional<ChangeRecord> findByProcessInstanceId(String processInstanceId);

    /** The changes of these contracts, newest first. */
    List<ChangeRecord> findByContractIdInOrderByReportedAtDescIdDesc(java.util.Collection<Long> contractIds);
}
