package tw.vendorrisk.access;

import java.time.LocalDate;
import java.util.Set;

/** A vendor staff member's request for access to information assets (Art. 9). */
public record AccessRequest(String personName, String personRole, String assets, Set<AccessKind> accessKinds,
        boolean tradeSecrets, String purpose, LocalDate requestedUntil) {
}
