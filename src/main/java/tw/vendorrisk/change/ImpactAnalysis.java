package tw.vendorrisk.change;

/** The project lead's analysis of a change: each of confidentiality, integrity, availability with its reason (Art. 11). */
public record ImpactAnalysis(Impact confidentiality, String confidentialityReason, Impact integrity,
        String integrityReason, Impact availability, String availabilityReason) {
}
