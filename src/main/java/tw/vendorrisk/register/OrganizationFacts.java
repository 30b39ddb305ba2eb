package tw.vendorrisk.register;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What decides an organization's category (Art. 2): a CISO appointed under Art. 36-2 of the
 * internal control rules, or a securities/futures protection level of 1-3 (1 to 5 exist).
 */
public record OrganizationFacts(
        @NotBlank @Size(max = 200) String name,
        boolean cisoAppointed,
        @Min(1) @Max(5) Integer securitiesProtectionLevel,
        @Min(1) @Max(5) Integer futuresProtectionLevel,
        boolean foreignSubsidiary) {
}
