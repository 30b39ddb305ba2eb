package tw.vendorrisk.register;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The arrangement details of a service as recorded over {@code PUT /api/services/{id}/arrangement}:
 * the whole set each time. Countries are ISO 3166-1 alpha-2 codes such as TW or JP.
 */
public record ArrangementTerms(
        @Min(0) @Max(3650) Integer noticePeriodEntityDays,
        @Min(0) @Max(3650) Integer noticePeriodProviderDays,
        @NotNull Boolean storesData,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "{constraint.countryCode}") String> dataStorageCountries,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "{constraint.countryCode}") String> dataProcessingCountries,
        @Size(max = 2000) String subcontractors,
        @NotNull Substitutability substitutability,
        NonSubstitutabilityReason nonSubstitutabilityReason,
        @Size(max = 2000) String exitPlan) {
}
