package tw.vendorrisk.register;

import java.time.LocalDate;

/** What the register keeps of a signed contract: term, SLA reporting, on-site staff, access needs. */
public record SignedTerms(LocalDate signedOn, LocalDate termStart, LocalDate termEnd,
        SlaReportFrequency slaReportFrequency, boolean onsiteStaff, String accessNeeds) {
}
