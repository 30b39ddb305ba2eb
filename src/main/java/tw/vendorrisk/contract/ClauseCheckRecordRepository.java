package tw.vendorrisk.contract;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClauseCheckRecordRepository extends JpaRepository<ClauseCheckRecord, Long> {
}
