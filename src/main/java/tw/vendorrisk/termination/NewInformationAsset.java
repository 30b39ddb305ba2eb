package tw.vendorrisk.termination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An information asset of the organization used in an arrangement (13.2.2): data, documents,
 * systems, equipment, credentials. {@code tradeSecret} marks trade secrets (13.1.b).
 */
public record NewInformationAsset(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull AssetClassification classification,
        @Size(max = 200) String location,
        boolean tradeSecret) {
}
