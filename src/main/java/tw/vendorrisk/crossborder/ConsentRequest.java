package tw.vendorrisk.crossborder;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contracts/{id}/cross-border/consents}. */
public record ConsentRequest(
        @NotBlank @Pattern(regexp = CrossBorderService.SUBJECT_REF, message = CrossBorderService.SUBJECT_REF_MESSAGE) String dataSubjectRef,
        @NotEmpty @Size(max = 30) List<@NotBlank String> categories,
        @NotNull LocalDate consentedOn,
        @NotBlank @Size(max = 200) String evidenceReference) {
}
