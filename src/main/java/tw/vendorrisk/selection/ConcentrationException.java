package tw.vendorrisk.selection;

/**
 * A concentration exception (4.1.c): whether infosec confirmed the vendor's mechanisms to
 * identify, respond to and mitigate incidents (10.1), its assessment, and the manager's decision.
 */
public record ConcentrationException(boolean incidentMechanismsConfirmed, String riskAssessment, String decidedBy,
        String reason) {
}
