package tw.vendorrisk.register;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's profile; its category is decided by the DMN table {@code organization-category} (Art. 2). */
@Service
@Transactional
public class OrganizationService {

    public static final String CATEGORY_DECISION = "organization-category";

    private final OrganizationProfileRepository profiles;
    private final DecisionService decisions;

    OrganizationService(OrganizationProfileRepository profiles, DecisionService decisions) {
        this.profiles = profiles;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public OrganizationProfile profile() {
        return profiles.findById(OrganizationProfile.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("The organization profile row is missing (migration V1)."));
    }

    public OrganizationProfile update(OrganizationFacts facts, String user) {
        OrganizationProfile profile = profile();
        profile.update(facts, categoryOf(facts), user);
        return profile;
    }

    /** 1 or 2 by Art. 2, as the DMN table says. */
    public int categoryOf(OrganizationFacts facts) {
        Object category = decisions.evaluateDecisionTableByKey(CATEGORY_DECISION, Variables.createVariables()
                        .putValue("cisoAppointed", facts.cisoAppointed())
                        .putValue("securitiesProtectionLevel", facts.securitiesProtectionLevel())
                        .putValue("futuresProtectionLevel", facts.futuresProtectionLevel()))
                .getSingleResult().getSingleEntry();
        return ((Number) category).intValue();
    }
}
