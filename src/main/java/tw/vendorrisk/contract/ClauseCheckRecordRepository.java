package tw.vendorrisk.contract;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClauseCheckRecordRepository extends JpaRepository<ClauseCheckRecord, Long> {

    List<ClauseCheckRecord> findByContractIdOrderById(Long contractId);
}
