package tw.vendorrisk.termination;

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

import tw.vendorrisk.register.Contract;

/**
 * The end of one contract's arrangement (Art. 13): why and when, how many access grants were
 * revoked at once (13.1.a), the deadline (13.2.5), the transition (13.2.1), the confidentiality
 * that continues (13.2.4) and what happened when the deadline passed. One per contract.
 */
@Entity
public class TerminationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerminationReason reason;

    private String notes;
    private Long changeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerminationStatus status;

    private String startedBy;
    @Column(nullable = false)
    private OffsetDateTime startedAt;
    private String processInstanceId;
    private int accessRevokedCount;
    private int oversightCancelledCount;
    @Column(nullable = false)
    private OffsetDateTime accessRevokedAt;
    private int deadlineDays;
    @Column(nullable = false)
    private OffsetDateTime deadlineAt;

    @Enumerated(EnumType.STRING)
    private TransitionTarget transitionTarget;
    private String successorName;
    private String transitionNotes;
    private String transitionCheckedBy;
    private OffsetDateTime transitionCheckedAt;

    private Boolean confidentialityContinues;
    private LocalDate confidentialityUntil;
    private String confidentialityNotes;
    private String confidentialityRecordedBy;
    private OffsetDateTime confidentialityRecordedAt;

    private OffsetDateTime escalatedAt;
    private String escalationAction;
    private String escalationHandledBy;
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected TerminationRecord() {
    }

    TerminationRecord(Contract contract, TerminationReason reason, String notes, Long changeId, String startedBy,
            String processInstanceId, OffsetDateTime startedAt, int deadlineDays) {
        this.contract = contract;
        this.reason = reason;
        this.notes = notes;
        this.changeId = changeId;
        this.status = TerminationStatus.IN_PROGRESS;
        this.startedBy = startedBy;
        this.processInstanceId = processInstanceId;
        this.startedAt = startedAt;
        this.accessRevokedAt = startedAt;
        this.deadlineDays = deadlineDays;
        this.deadlineAt = startedAt.plusDays(deadlineDays);
    }

    void recordAccessEnded(int revoked, int oversightCancelled) {
        this.accessRevokedCount = revoked;
        this.oversightCancelledCount = oversightCancelled;
    }

    void recordTransition(TransitionTarget target, String successorName, String notes, String user,
            OffsetDateTime now) {
        this.transitionTarget = target;
        this.successorName = successorName;
        this.transitionNotes = notes;
        this.transitionCheckedBy = user;
        this.transitionCheckedAt = now;
    }

    void recordConfidentiality(boolean continues, LocalDate until, String notes, String user, OffsetDateTime now) {
        this.confidentialityContinues = continues;
        this.confidentialityUntil = until;
        this.confidentialityNotes = notes;
        this.confidentialityRecordedBy = user;
        this.confidentialityRecordedAt = now;
    }

    void markEscalated(OffsetDateTime now) {
        if (escalatedAt == null) {
            this.escalatedAt = now;
        }
    }

    void recordEscalationAction(String action, String user) {
        this.escalationAction = action;
        this.escalationHandledBy = user;
    }

    void complete(OffsetDateTime now) {
        this.status = TerminationStatus.COMPLETED;
        this.completedAt = now;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public TerminationReason getReason() { return reason; }
    public String getNotes() { return notes; }
    public Long getChangeId() { return changeId; }
    public TerminationStatus getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public int getAccessRevokedCount() { return accessRevokedCount; }
    public int getOversightCancelledCount() { return oversightCancelledCount; }
    public OffsetDateTime getAccessRevokedAt() { return accessRevokedAt; }
    public int getDeadlineDays() { return deadlineDays; }
    public OffsetDateTime getDeadlineAt() { return deadlineAt; }
    public TransitionTarget getTransitionTarget() { return transitionTarget; }
    public String getSuccessorName() { return successorName; }
    public String getTransitionNotes() { return transitionNotes; }
    public String getTransitionCheckedBy() { return transitionCheckedBy; }
    public OffsetDateTime getTransitionCheckedAt() { return transitionCheckedAt; }
    public Boolean getConfidentialityContinues() { return confidentialityContinues; }
    public LocalDate getConfidentialityUntil() { return confidentialityUntil; }
    public String getConfidentialityNotes() { return confidentialityNotes; }
    public String getConfidentialityRecordedBy() { return confidentialityRecordedBy; }
    public OffsetDateTime getConfidentialityRecordedAt() { return confidentialityRecordedAt; }
    public OffsetDateTime getEscalatedAt() { return escalatedAt; }
    public String getEscalationAction() { return escalationAction; }
    public String getEscalationHandledBy() { return escalationHandledBy; }
    public OffsetDateTime getCompletedAt() { return completedAt; }
}
