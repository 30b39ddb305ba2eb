package tw.vendorrisk.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.NewCertificate;
import tw.vendorrisk.register.NewNda;
import tw.vendorrisk.register.NewVendor;
import tw.vendorrisk.register.OrganizationFacts;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;

/** Builds a known register for a test, and empties it before the next. */
@Component
public class RegisterFixture {

    /** Valid unified business numbers (統一編號) for test vendors. */
    public static final String TAX_ID_A = "22099131";
    public static final String TAX_ID_B = "53110001";
    public static final String TAX_ID_C = "23456781";
    public static final String TAX_ID_D = "80123454";

    private final JdbcTemplate jdbc;
    private final RegisterService register;
    private final OrganizationService organization;
    private final ContractService contracts;

    RegisterFixture(JdbcTemplate jdbc, RegisterService register, OrganizationService organization,
            ContractService contracts) {
        this.jdbc = jdbc;
        this.register = register;
        this.organization = organization;
        this.contracts = contracts;
    }

    public void reset() {
        // children before parents; add new register tables at the front
        for (String table : new String[] {"evidence_download", "transition_check_item", "asset_disposition", "termination_record",
                "change_record", "information_asset", "task_reminder", "cross_border_transfer_subject",
                "cross_border_transfer", "cross_border_consent", "cross_border_data_category", "cross_border_arrangement",
                "remediation_item", "oversight_activity", "access_grant", "clause_check", "contract_document", "contract", "selection_decision", "nda",
                "certificate", "outsourced_service", "vendor"}) {
            jdbc.update("delete from " + table);
        }
        organization.update(new OrganizationFacts("Test Securities", true, null, null, false), "test");
    }

    public void makeCategory2() {
        organization.update(new OrganizationFacts("Test Advisory", false, 4, null, false), "test");
    }

    public Vendor vendor(String taxId, String name, String marketSharePercent) {
        return register.registerVendor(new NewVendor(name, taxId, "TW", null,
                marketSharePercent == null ? null : new BigDecimal(marketSharePercent)));
    }

    public void certificate(Vendor vendor, CertificateType type, LocalDate expiresOn) {
        register.addCertificate(vendor.getId(), new NewCertificate(type, type + "-" + vendor.getTaxId(), expiresOn));
    }

    public void nda(Vendor vendor, LocalDate signedOn) {
        register.recordNda(vendor.getId(), null, new NewNda("NDA-" + vendor.getTaxId(), signedOn, null), "test");
    }

    /** A signed contract for an active service of the vendor, as contract signing leaves it. */
    public Contract signedContract(Vendor vendor, LocalDate termStart, LocalDate termEnd,
            SlaReportFrequency frequency, boolean onsiteStaff) {
        OutsourcedService service = register.addService(vendor.getId(), new ServiceProfile("Maintenance by "
                + vendor.getName(), false, false, true, false, Criticality.HIGH, new BigDecimal("600000"), null, null),
                ServiceStatus.ACTIVE);
        Long contractId = contracts.open(service.getId(), ContractPurpose.NEW, null).contractId();
        contracts.confirmConfidentialityUndertaking(contractId, "test");
        contracts.sign(contractId, new SignedTerms(termStart.isAfter(LocalDate.now()) ? LocalDate.now() : termStart,
                termStart, termEnd, frequency, onsiteStaff, "ERP read access"), "test");
        return contracts.contract(contractId);
    }

    public void activeService(Vendor vendor, Criticality criticality, String annualSpend) {
        register.addService(vendor.getId(), new ServiceProfile("Existing service of " + vendor.getName(), false,
                false, true, false, criticality, new BigDecimal(annualSpend), null, null), ServiceStatus.ACTIVE);
    }
}
