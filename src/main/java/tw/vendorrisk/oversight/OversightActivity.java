package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import tw.vendorrisk.common.Text;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.RegisterException;

/**
 * One audit, on-site review or service level report of a contract: the period it covers, when it
 * opens and falls due, and what came of it. Scheduled ones are planned when the contract is signed.
 */
@Entity
public class OversightActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OversightKind kind;

    private int sequenceNo;
    private boolean adHoc;
    @Column(nullable = false)
    private LocalDate periodStart;
    @Column(nullable = false)
    private LocalDate periodEnd;
    @Column(nullable = false)
    private LocalDate opensOn;
    @Column(nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OversightStatus status;

    private OffsetDateTime openedAt;
    private OffsetDateTime completedAt;
    private String completedBy;
    private String outcome;
    private String summary;
    private Long documentId;
    private String processInstanceId;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected OversightActivity() {
    }

    public OversightActivity(Contract contract, OversightKind kind, int sequenceNo, boolean adHoc,
            LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate dueOn) {
        this.contract = contract;
        this.kind = kind;
        this.sequenceNo = sequenceNo;
        this.adHoc = adHoc;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.opensOn = opensOn;
        this.dueOn = dueOn;
        this.status = OversightStatus.SCHEDULED;
        this.createdAt = OffsetDateTime.now();
    }

    /** Its tasks start; opening twice (a job run again) changes nothing. */
    public void open(String processInstanceId, OffsetDateTime now) {
        if (status == OversightStatus.SCHEDULED) {
            this.status = OversightStatus.OPEN;
            this.openedAt = now;
            this.processInstanceId = processInstanceId;
        }
    }

    public void complete(String outcome, String summary, Long documentId, String user, OffsetDateTime now) {
        if (status != OversightStatus.OPEN) {
            throw RegisterException.invalid("activityId",
                    kind + " " + id + " is " + status + " and cannot be completed.");
        }
        this.status = OversightStatus.DONE;
        this.outcome = outcome;
        this.summary = Text.limit(summary);
        this.documentId = documentId;
        this.completedBy = user;
        this.completedAt = now;
    }

    /** Cancels it if it has not been done; returns whether it changed. */
    public boolean cancel() {
        if (status == OversightStatus.SCHEDULED || status == OversightStatus.OPEN) {
            this.status = OversightStatus.CANCELLED;
            return true;
        }
        return false;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public OversightKind getKind() { return kind; }
    public int getSequenceNo() { return sequenceNo; }
    public boolean isAdHoc() { return adHoc; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getDueOn() { return dueOn; }
    public OversightStatus getStatus() { return status; }
    public OffsetDateTime getOpenedAt() { return openedAt; }
    public OffsetDateTime getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public String getOutcome() { return outcome; }
    public String getSummary() { return summary; }
    public Long getDocumentId() { return documentId; }
    public String getProcessInstanceId() { return processInstanceId; }
}
