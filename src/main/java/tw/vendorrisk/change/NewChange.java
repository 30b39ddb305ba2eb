package tw.vendorrisk.change;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of a contracted service as reported: what changes, who brought it up, from when. */
public record NewChange(@NotNull ChangeType changeType, @NotBlank @Size(max = 2000) String description,
        ChangeSource source, LocalDate effectiveOn) {
}
