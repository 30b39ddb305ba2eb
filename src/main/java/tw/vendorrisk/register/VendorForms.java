package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register's forms on the workspace pages. Each binds what a person typed (text, numbers, dates) and
 * turns it into the request {@code /api} takes, whose rules then decide (see {@code FormValidator}).
 */
public final class VendorForms {

    private VendorForms() {
    }

    /** Register a vendor: {@link NewVendor}. */
    public static class VendorForm {
        private String name;
        private String taxId;
        private String country;
        private String parentCompany;
        private BigDecimal marketSharePercent;
        private String marketShareSource;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate marketShareAsOf;

        NewVendor toRequest() {
            return new NewVendor(name, taxId, country, parentCompany, marketSharePercent, marketShareSource,
                    marketShareAsOf);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTaxId() { return taxId; }
        public void setTaxId(String taxId) { this.taxId = taxId; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public String getParentCompany() { return parentCompany; }
        public void setParentCompany(String parentCompany) { this.parentCompany = parentCompany; }
        public BigDecimal getMarketSharePercent() { return marketSharePercent; }
        public void setMarketSharePercent(BigDecimal marketSharePercent) { this.marketSharePercent = marketSharePercent; }
        public String getMarketShareSource() { return marketShareSource; }
        public void setMarketShareSource(String marketShareSource) { this.marketShareSource = marketShareSource; }
        public LocalDate getMarketShareAsOf() { return marketShareAsOf; }
        public void setMarketShareAsOf(LocalDate marketShareAsOf) { this.marketShareAsOf = marketShareAsOf; }
    }

    /** Add a certificate: {@link NewCertificate}. */
    public static class CertificateForm {
        private CertificateType type;
        private String number;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        NewCertificate toRequest() {
            return new NewCertificate(type, number, expiresOn);
        }

        public CertificateType getType() { return type; }
        public void setType(CertificateType type) { this.type = type; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    }

    /** Record an NDA: {@link NewNda}. */
    public static class NdaForm {
        private String reference;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate signedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;

        NewNda toRequest() {
            return new NewNda(reference, signedOn, validUntil);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public LocalDate getSignedOn() { return signedOn; }
        public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
        public LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    }

    /** Add a service the organization already outsources: {@link ServiceProfile}. */
    public static class ServiceForm {
        private String description;
        private boolean cloud;
        private boolean systemDevelopment;
        private boolean systemMaintenance;
        private boolean systemMonitoring;
        private Criticality criticality;
        private BigDecimal annualSpend;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodEnd;

        ServiceProfile toRequest() {
            return new ServiceProfile(description, cloud, systemDevelopment, systemMaintenance, systemMonitoring,
                    criticality, annualSpend, periodStart, periodEnd);
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public boolean isCloud() { return cloud; }
        public void setCloud(boolean cloud) { this.cloud = cloud; }
        public boolean isSystemDevelopment() { return systemDevelopment; }
        public void setSystemDevelopment(boolean systemDevelopment) { this.systemDevelopment = systemDevelopment; }
        public boolean isSystemMaintenance() { return systemMaintenance; }
        public void setSystemMaintenance(boolean systemMaintenance) { this.systemMaintenance = systemMaintenance; }
        public boolean isSystemMonitoring() { return systemMonitoring; }
        public void setSystemMonitoring(boolean systemMonitoring) { this.systemMonitoring = systemMonitoring; }
        public Criticality getCriticality() { return criticality; }
        public void setCriticality(Criticality criticality) { this.criticality = criticality; }
        public BigDecimal getAnnualSpend() { return annualSpend; }
        public void setAnnualSpend(BigDecimal annualSpend) { this.annualSpend = annualSpend; }
        public LocalDate getPeriodStart() { return periodStart; }
        public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
        public LocalDate getPeriodEnd() { return periodEnd; }
        public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    }

    /** A service's arrangement details, the whole set: {@link ArrangementTerms}. */
    public static class ArrangementForm {
        private Integer noticePeriodEntityDays;
        private Integer noticePeriodProviderDays;
        private Boolean storesData;
        private List<String> dataStorageCountries = new ArrayList<>();
        private List<String> dataProcessingCountries = new ArrayList<>();
        private String subcontractors;
        private Substitutability substitutability;
        private NonSubstitutabilityReason nonSubstitutabilityReason;
        private String exitPlan;

        static ArrangementForm of(ArrangementDetails details) {
            ArrangementForm form = new ArrangementForm();
            if (details != null) {
                form.noticePeriodEntityDays = details.noticePeriodEntityDays();
                form.noticePeriodProviderDays = details.noticePeriodProviderDays();
                form.storesData = details.storesData();
                form.dataStorageCountries = new ArrayList<>(details.dataStorageCountryList());
                form.dataProcessingCountries = new ArrayList<>(details.dataProcessingCountryList());
                form.subcontractors = details.subcontractors();
                form.substitutability = details.substitutability();
                form.nonSubstitutabilityReason = details.nonSubstitutabilityReason();
                form.exitPlan = details.exitPlan();
            }
            return form;
        }

        ArrangementTerms toRequest() {
            return new ArrangementTerms(noticePeriodEntityDays, noticePeriodProviderDays, storesData,
                    codes(dataStorageCountries), codes(dataProcessingCountries), subcontractors, substitutability,
                    nonSubstitutabilityReason, exitPlan);
        }

        /** Country codes as typed, "TW, JP": the blanks between them dropped. */
        private static List<String> codes(List<String> typed) {
            return typed == null ? List.of() : typed.stream().filter(code -> code != null && !code.isBlank())
                    .map(String::strip).toList();
        }

        public Integer getNoticePeriodEntityDays() { return noticePeriodEntityDays; }
        public void setNoticePeriodEntityDays(Integer days) { this.noticePeriodEntityDays = days; }
        public Integer getNoticePeriodProviderDays() { return noticePeriodProviderDays; }
        public void setNoticePeriodProviderDays(Integer days) { this.noticePeriodProviderDays = days; }
        public Boolean getStoresData() { return storesData; }
        public void setStoresData(Boolean storesData) { this.storesData = storesData; }
        public List<String> getDataStorageCountries() { return dataStorageCountries; }
        public void setDataStorageCountries(List<String> codes) { this.dataStorageCountries = codes; }
        public List<String> getDataProcessingCountries() { return dataProcessingCountries; }
        public void setDataProcessingCountries(List<String> codes) { this.dataProcessingCountries = codes; }
        public String getSubcontractors() { return subcontractors; }
        public void setSubcontractors(String subcontractors) { this.subcontractors = subcontractors; }
        public Substitutability getSubstitutability() { return substitutability; }
        public void setSubstitutability(Substitutability substitutability) { this.substitutability = substitutability; }
        public NonSubstitutabilityReason getNonSubstitutabilityReason() { return nonSubstitutabilityReason; }
        public void setNonSubstitutabilityReason(NonSubstitutabilityReason reason) { this.nonSubstitutabilityReason = reason; }
        public String getExitPlan() { return exitPlan; }
        public void setExitPlan(String exitPlan) { this.exitPlan = exitPlan; }
    }
}
