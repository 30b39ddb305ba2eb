package tw.vendorrisk.crossborder;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/contracts/{id}/cross-border/consents/{consentId}/withdrawal}. */
public record WithdrawalRequest(@NotNull LocalDate withdrawnOn) {
}
