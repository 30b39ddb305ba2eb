package tw.vendorrisk.crossborder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A data subject whose data a transfer carried, with the consents that allowed it (sensitive data). */
@Embeddable
public class TransferSubject {

    @Column(nullable = false, length = 64)
    private String dataSubjectRef;

    /** Consent ids, comma-separated; empty when the transfer carried no sensitive data. */
    @Column(length = 200)
    private String consentIds;

    protected TransferSubject() {
    }

    public TransferSubject(String dataSubjectRef, String consentIds) {
        this.dataSubjectRef = dataSubjectRef;
        this.consentIds = consentIds;
    }

    public String getDataSubjectRef() {
        return dataSubjectRef;
    }

    public String getConsentIds() {
        return consentIds;
    }
}
