package tw.vendorrisk.register;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the register keeps of an outsourcing arrangement beyond the service and its contract: notice
 * periods, where the data rests and is processed, subcontractors, substitutability and the exit plan.
 * The register of arrangements reports them (columns of DORA B_02.02 and B_07.01 where they overlap).
 * Countries are ISO 3166-1 alpha-2 codes, kept comma-separated.
 */
@Embeddable
public record ArrangementDetails(
        @Column(name = "notice_period_entity_days") Integer noticePeriodEntityDays,
        @Column(name = "notice_period_provider_days") Integer noticePeriodProviderDays,
        @Column(name = "stores_data") Boolean storesData,
        @Column(name = "data_storage_countries") String dataStorageCountries,
        @Column(name = "data_processing_countries") String dataProcessingCountries,
        @Column(name = "subcontractors") String subcontractors,
        @Enumerated(EnumType.STRING) @Column(name = "substitutability") Substitutability substitutability,
        @Enumerated(EnumType.STRING) @Column(name = "non_substitutability_reason")
        NonSubstitutabilityReason nonSubstitutabilityReason,
        @Column(name = "exit_plan") String exitPlan,
        @Column(name = "arrangement_updated_by") String updatedBy,
        @Column(name = "arrangement_updated_at") OffsetDateTime updatedAt) {

    public List<String> dataStorageCountryList() {
        return split(dataStorageCountries);
    }

    public List<String> dataProcessingCountryList() {
        return split(dataProcessingCountries);
    }

    public boolean hasExitPlan() {
        return exitPlan != null && !exitPlan.isBlank();
    }

    static String join(List<String> countries) {
        return countries == null || countries.isEmpty() ? null : String.join(",", countries);
    }

    private static List<String> split(String countries) {
        return countries == null || countries.isBlank() ? List.of()
                : Arrays.stream(countries.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
