package tw.vendorrisk.contract;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A clause check kept with its contract and draft: the evidence of what the check found (7.1). */
@Entity
@Table(name = "clause_check")
public class ClauseCheckRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long contractId;
    private Long documentId;

    @Column(nullable = false)
    private int organizationCategory;
    private boolean cloud;
    private boolean systemDevelopment;
    private int presentCount;
    private int partialCount;
    private int missingCount;

    @Column(nullable = false)
    private String findingsJson;

    private String checkedBy;

    @Column(nullable = false)
    private OffsetDateTime checkedAt;

    protected ClauseCheckRecord() {
    }

    ClauseCheckRecord(Long contractId, Long documentId, Applicability applicability, ClauseCheckReport report,
            String findingsJson, String checkedBy) {
        this.contractId = contractId;
        this.documentId = documentId;
        this.organizationCategory = applicability.organizationCategory();
        this.cloud = applicability.cloud();
        this.systemDevelopment = applicability.systemDevelopment();
        this.presentCount = count(report, ClauseStatus.PRESENT);
        this.partialCount = count(report, ClauseStatus.PARTIAL);
        this.missingCount = count(report, ClauseStatus.MISSING);
        this.findingsJson = findingsJson;
        this.checkedBy = checkedBy;
        this.checkedAt = OffsetDateTime.now();
    }

    private static int count(ClauseCheckReport report, ClauseStatus status) {
        return (int) report.findings().stream().filter(finding -> finding.status() == status).count();
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Applicability applicability() {
        return new Applicability(organizationCategory, cloud, systemDevelopment);
    }

    public int getPresentCount() {
        return presentCount;
    }

    public int getPartialCount() {
        return partialCount;
    }

    public int getMissingCount() {
        return missingCount;
    }

    public String getFindingsJson() {
        return findingsJson;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }
}
