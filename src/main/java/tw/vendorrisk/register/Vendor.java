package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A vendor of ICT systems or services, identified by its unified business number. */
@Entity
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true, length = 8)
    private String taxId;

    @Column(nullable = false, length = 2)
    private String country;

    private String parentCompany;

    /** The vendor's share of the whole market for this kind of service, in percent (4.1.c). */
    private BigDecimal marketSharePercent;

    /** Where the market share comes from (a market study, the regulator's statistics) and as of which day. */
    private String marketShareSource;
    private LocalDate marketShareAsOf;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Vendor() {
    }

    public Vendor(String name, String taxId, String country, String parentCompany, BigDecimal marketSharePercent) {
        this.name = name;
        this.taxId = taxId;
        this.country = country;
        this.parentCompany = parentCompany;
        this.marketSharePercent = marketSharePercent;
        this.createdAt = OffsetDateTime.now();
    }

    public Vendor(String name, String taxId, String country, String parentCompany, BigDecimal marketSharePercent,
            String marketShareSource, LocalDate marketShareAsOf) {
        this(name, taxId, country, parentCompany, marketSharePercent);
        this.marketShareSource = marketShareSource;
        this.marketShareAsOf = marketShareAsOf;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getCountry() {
        return country;
    }

    public String getParentCompany() {
        return parentCompany;
    }

    public BigDecimal getMarketSharePercent() {
        return marketSharePercent;
    }

    public String getMarketShareSource() {
        return marketShareSource;
    }

    public LocalDate getMarketShareAsOf() {
        return marketShareAsOf;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
