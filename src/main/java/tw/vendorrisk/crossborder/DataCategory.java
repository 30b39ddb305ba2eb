package tw.vendorrisk.crossborder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One category of customer data that goes abroad, and why it is needed for the outsourced work (10.2.2). */
@Embeddable
public class DataCategory {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, length = 2000)
    private String purpose;

    /** Sensitive personal data: each data subject's consent comes before any transfer (10.2.4). */
    @Column(nullable = false)
    private boolean sensitive;

    protected DataCategory() {
    }

    public DataCategory(String code, String description, String purpose, boolean sensitive) {
        this.code = code;
        this.description = description;
        this.purpose = purpose;
        this.sensitive = sensitive;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isSensitive() {
        return sensitive;
    }
}
