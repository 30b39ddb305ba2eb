package tw.vendorrisk.register;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The organization running this application: the facts that make it category 1 or 2 (Art. 2)
 * and whether it is a Taiwan subsidiary or branch of a foreign group (2.3). One row.
 */
@Entity
public class OrganizationProfile {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    private boolean cisoAppointed;
    private Integer securitiesProtectionLevel;
    private Integer futuresProtectionLevel;
    private boolean foreignSubsidiary;

    /** 1 or 2, decided by the DMN table {@code organization-category}. */
    private int category;

    @Column(nullable = false)
    private OffsetDateTime updatedAt;

    private String updatedBy;

    protected OrganizationProfile() {
    }

    public void update(OrganizationFacts facts, int decidedCategory, String user) {
        this.name = facts.name();
        this.cisoAppointed = facts.cisoAppointed();
        this.securitiesProtectionLevel = facts.securitiesProtectionLevel();
        this.futuresProtectionLevel = facts.futuresProtectionLevel();
        this.foreignSubsidiary = facts.foreignSubsidiary();
        this.category = decidedCategory;
        this.updatedBy = user;
        this.updatedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isCisoAppointed() {
        return cisoAppointed;
    }

    public Integer getSecuritiesProtectionLevel() {
        return securitiesProtectionLevel;
    }

    public Integer getFuturesProtectionLevel() {
        return futuresProtectionLevel;
    }

    public boolean isForeignSubsidiary() {
        return foreignSubsidiary;
    }

    public int getCategory() {
        return category;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
