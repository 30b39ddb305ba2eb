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

/** A finding of an audit or on-site review that must be remedied by its due date. */
@Entity
public class RemediationItem {

    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private OversightActivity activity;

    private int sequenceNo;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private String resolution;
    private OffsetDateTime doneAt;
    private String doneBy;
    private OffsetDateTime escalatedAt;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected RemediationItem() {
    }

    public RemediationItem(OversightActivity activity, int sequenceNo, String description, LocalDate dueOn) {
        this.activity = activity;
        this.sequenceNo = sequenceNo;
        this.description = Text.limit(description);
        this.dueOn = dueOn;
        this.status = Status.OPEN;
        this.createdAt = OffsetDateTime.now();
    }

    public void resolve(String resolution, String user, OffsetDateTime now) {
        if (status == Status.OPEN) {
            this.status = Status.DONE;
            this.resolution = Text.limit(resolution);
            this.doneBy = user;
            this.doneAt = now;
        }
    }

    public void markEscalated(OffsetDateTime now) {
        if (escalatedAt == null) {
            this.escalatedAt = now;
        }
    }

    public Long getId() { return id; }
    public OversightActivity getActivity() { return activity; }
    public int getSequenceNo() { return sequenceNo; }
    public String getDescription() { return description; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public String getResolution() { return resolution; }
    public OffsetDateTime getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public OffsetDateTime getEscalatedAt() { return escalatedAt; }
}
