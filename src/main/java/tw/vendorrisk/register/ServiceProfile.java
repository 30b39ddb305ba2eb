package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What is outsourced: the facts of a service that decide which rules apply to it. */
public record ServiceProfile(
        @NotBlank @Size(max = 500) String description,
        boolean cloud,
        boolean systemDevelopment,
        boolean systemMaintenance,
        boolean systemMonitoring,
        @NotNull Criticality criticality,
        @NotNull @DecimalMin("0") BigDecimal annualSpend,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
