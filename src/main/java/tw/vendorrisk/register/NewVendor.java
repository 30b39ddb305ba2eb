package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A vendor to add to the register. The market share (4.1.c) may name where it comes from and as of
 * which day.
 */
public record NewVendor(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidTaxId String taxId,
        @Pattern(regexp = "[A-Z]{2}", message = "{constraint.countryCode}") String country,
        @Size(max = 200) String parentCompany,
        @DecimalMin("0") @DecimalMax("100") BigDecimal marketSharePercent,
        @Size(max = 200) String marketShareSource,
        @PastOrPresent LocalDate marketShareAsOf) {

    public NewVendor(String name, String taxId, String country, String parentCompany, BigDecimal marketSharePercent) {
        this(name, taxId, country, parentCompany, marketSharePercent, null, null);
    }

    public String countryOrDefault() {
        return country == null ? "TW" : country;
    }
}
