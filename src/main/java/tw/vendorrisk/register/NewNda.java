package tw.vendorrisk.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record NewNda(
        @NotBlank @Size(max = 100) String reference,
        @NotNull @PastOrPresent LocalDate signedOn,
        LocalDate validUntil) {
}
