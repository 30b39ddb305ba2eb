package tw.vendorrisk.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewCertificate(
        @NotNull CertificateType type,
        @NotBlank @Size(max = 100) String number,
        @NotNull LocalDate expiresOn) {
}
