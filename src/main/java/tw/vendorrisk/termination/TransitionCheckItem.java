package tw.vendorrisk.termination;

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

/** One transition security requirement of a termination, checked off (13.2.1). */
@Entity
public class TransitionCheckItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "termination_id")
    private TerminationRecord termination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransitionItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckStatus status;

    private String checkedBy;
    @Column(nullable = false)
    private OffsetDateTime checkedAt;

    protected TransitionCheckItem() {
    }

    TransitionCheckItem(TerminationRecord termination, TransitionItem item, CheckStatus status, String checkedBy,
            OffsetDateTime checkedAt) {
        this.termination = termination;
        this.item = item;
        this.status = status;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public Long getId() { return id; }
    public TransitionItem getItem() { return item; }
    public CheckStatus getStatus() { return status; }
    public String getCheckedBy() { return checkedBy; }
    public OffsetDateTime getCheckedAt() { return checkedAt; }
}
