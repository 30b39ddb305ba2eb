package tw.vendorrisk.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Procurement's scores (1-5) of a vendor's capability and track record (4.1.a, 4.2.1). */
@Embeddable
public record CapabilityScores(
        @Column(name = "financial_score") Integer financial,
        @Column(name = "management_score") Integer management,
        @Column(name = "professional_score") Integer professional,
        @Column(name = "operating_score") Integer operating,
        @Column(name = "track_record_score") Integer trackRecord,
        @Column(name = "capability_notes") String notes) {
}
