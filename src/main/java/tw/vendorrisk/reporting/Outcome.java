package tw.vendorrisk.reporting;

import java.util.List;
import java.util.Locale;

import tw.vendorrisk.register.RegisterException;

/**
 * How an instance stands, from {@code ACT_HI_PROCINST.STATE_}: it reached an end event
 * ({@code COMPLETED}), it was cancelled (deleted over the API, {@code EXTERNALLY_TERMINATED}, or
 * ended by a terminating event, {@code INTERNALLY_TERMINATED}), or it is still open (no end time:
 * {@code ACTIVE} or {@code SUSPENDED}).
 */
public enum Outcome {
    COMPLETED(List.of("COMPLETED")),
    CANCELLED(List.of("EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED")),
    OPEN(List.of("ACTIVE", "SUSPENDED"));

    private final List<String> states;

    Outcome(List<String> states) {
        this.states = states;
    }

    /** The {@code STATE_} values of this outcome. */
    public List<String> states() {
        return states;
    }

    public String label() {
        return switch (this) {
            case COMPLETED -> "已完成 Completed";
            case CANCELLED -> "已取消 Cancelled";
            case OPEN -> "進行中 Open";
        };
    }

    /** Parses {@code completed}, {@code cancelled} or {@code open} in any letter case; null or blank means any. */
    public static Outcome parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegisterException.invalid("outcome", "outcome must be completed, cancelled or open, not '"
                    + value + "'.");
        }
    }
}
