package tw.vendorrisk.crossborder;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST} and {@code PUT /api/contracts/{id}/cross-border}. */
public record ArrangementRequest(
        @NotNull RecipientKind recipientKind,
        @NotBlank @Size(max = 200) String recipientName,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{constraint.countryCode}") String recipientCountry,
        @NotBlank @Size(max = 2000) String processingDescription,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull CategoryRequest> dataCategories,
        boolean authorizedStaffOnly,
        boolean dataSegregated,
        boolean returnedOnRequest,
        boolean encryptionInTransit,
        @Size(max = 200) String encryptionMethod,
        boolean pdpaChecked,
        @Size(max = 2000) String pdpaCheckNotes,
        boolean regulatorLimitsChecked,
        @Size(max = 2000) String regulatorLimitsNotes) {

    /** One customer data category and why it is needed (10.2.2). */
    public record CategoryRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{constraint.categoryCode}") String code,
            @NotBlank @Size(max = 500) String description,
            @NotBlank(message = "{constraint.categoryPurpose}") @Size(max = 2000) String purpose,
            boolean sensitive) {
    }
}
