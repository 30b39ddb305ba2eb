package tw.vendorrisk.crossborder;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * Cross-border processing under one contract (10.2): a foreign subsidiary outsources to its head
 * office or an overseas branch. It records how the data is processed there (10.2.1), which customer
 * data categories go and why (10.2.2), what the recipient is bound to (10.2.3) and, for sensitive
 * data, encryption in transit, the Personal Data Protection Act check and the regulator's transfer
 * limits (10.2.4).
 */
@Entity
public class CrossBorderArrangement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientKind recipientKind;

    @Column(nullable = false)
    private String recipientName;

    @Column(nullable = false, length = 2)
    private String recipientCountry;

    @Column(nullable = false)
    private String processingDescription;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cross_border_data_category", joinColumns = @JoinColumn(name = "arrangement_id"))
    private List<DataCategory> dataCategories = new ArrayList<>();

    private boolean authorizedStaffOnly;
    private boolean dataSegregated;
    private boolean returnedOnRequest;
    private boolean encryptionInTransit;
    private String encryptionMethod;
    private boolean pdpaChecked;
    private String pdpaCheckNotes;
    private boolean regulatorLimitsChecked;
    private String regulatorLimitsNotes;
    private String recordedBy;

    @Column(nullable = false)
    private OffsetDateTime recordedAt;

    private String updatedBy;
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CrossBorderArrangement() {
    }

    public CrossBorderArrangement(Contract contract, ArrangementRequest request, String user, OffsetDateTime now) {
        this.contract = contract;
        this.recordedBy = user;
        this.recordedAt = now;
        apply(request);
    }

    public void update(ArrangementRequest request, String user, OffsetDateTime now) {
        apply(request);
        this.updatedBy = user;
        this.updatedAt = now;
    }

    private void apply(ArrangementRequest request) {
        this.recipientKind = request.recipientKind();
        this.recipientName = request.recipientName().strip();
        this.recipientCountry = request.recipientCountry().toUpperCase(java.util.Locale.ROOT);
        this.processingDescription = request.processingDescription().strip();
        this.dataCategories.clear();
        request.dataCategories().forEach(category -> dataCategories.add(new DataCategory(category.code(),
                category.description().strip(), category.purpose().strip(), category.sensitive())));
        this.authorizedStaffOnly = request.authorizedStaffOnly();
        this.dataSegregated = request.dataSegregated();
        this.returnedOnRequest = request.returnedOnRequest();
        this.encryptionInTransit = request.encryptionInTransit();
        this.encryptionMethod = request.encryptionMethod();
        this.pdpaChecked = request.pdpaChecked();
        this.pdpaCheckNotes = request.pdpaCheckNotes();
        this.regulatorLimitsChecked = request.regulatorLimitsChecked();
        this.regulatorLimitsNotes = request.regulatorLimitsNotes();
    }

    public Optional<DataCategory> category(String code) {
        return dataCategories.stream().filter(category -> category.getCode().equals(code)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientCountry() {
        return recipientCountry;
    }

    public String getProcessingDescription() {
        return processingDescription;
    }

    public List<DataCategory> getDataCategories() {
        return dataCategories;
    }

    public boolean isAuthorizedStaffOnly() {
        return authorizedStaffOnly;
    }

    public boolean isDataSegregated() {
        return dataSegregated;
    }

    public boolean isReturnedOnRequest() {
        return returnedOnRequest;
    }

    public boolean isEncryptionInTransit() {
        return encryptionInTransit;
    }

    public String getEncryptionMethod() {
        return encryptionMethod;
    }

    public boolean isPdpaChecked() {
        return pdpaChecked;
    }

    public String getPdpaCheckNotes() {
        return pdpaCheckNotes;
    }

    public boolean isRegulatorLimitsChecked() {
        return regulatorLimitsChecked;
    }

    public String getRegulatorLimitsNotes() {
        return regulatorLimitsNotes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
