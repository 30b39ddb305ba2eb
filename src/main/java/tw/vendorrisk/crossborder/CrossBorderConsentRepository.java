package tw.vendorrisk.crossborder;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrossBorderConsentRepository extends JpaRepository<CrossBorderConsent, Long> {

    List<CrossBorderConsent> findByArrangement_IdOrderById(Long arrangementId);

    List<CrossBorderConsent> findByArrangement_IdAndDataSubjectRefIn(Long arrangementId, Collection<String> dataSubjectRefs);
}
