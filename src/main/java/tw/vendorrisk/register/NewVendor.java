package tw.vendorrisk.register;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A vendor to add to the register. */
public record NewVendor(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidTaxId String taxId,
        @Pattern(regexp = "[A-Z]{2}", message = "{constraint.countryCode}") String country,
        @Size(max = 200) String parentCompany,
        @DecimalMin("0") @DecimalMax("100") BigDecimal marketSharePercent) {

    public String countryOrDefault() {
        return country == null ? "TW" : country;
    }
}
