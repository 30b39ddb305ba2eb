package tw.vendorrisk.crossborder;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contracts/{id}/cross-border/transfers}. */
public record TransferRequest(
        @NotEmpty @Size(max = 30) List<@NotBlank String> categories,
        @Size(max = 1000) List<@NotBlank @Pattern(regexp = CrossBorderService.SUBJECT_REF, message = CrossBorderService.SUBJECT_REF_MESSAGE) String> dataSubjects,
        @Min(1) Integer recordCount,
        @Size(max = 200) String reference,
        boolean encrypted) {
}
