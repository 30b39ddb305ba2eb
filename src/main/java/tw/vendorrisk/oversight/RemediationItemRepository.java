package tw.vendorrisk.oversight;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RemediationItemRepository extends JpaRepository<RemediationItem, Long> {

    List<RemediationItem> findByActivityIdOrderBySequenceNo(Long activityId);
}
