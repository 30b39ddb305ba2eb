package tw.vendorrisk.reporting;

import java.util.function.Function;

import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.register.Criticality;

/**
 * The columns of the register of outsourcing arrangements, in order. Where a column is also a
 * column of the EU DORA Register of Information (templates B_02.02, B_05.01, B_06.01, B_07.01), its
 * header starts with the DORA column code and carries the DORA name, and closed sets use DORA's
 * wording; docs/register-export.md gives the mapping.
 */
public enum RegisterExportColumn {

    SERVICE_ID("Service ID", RegisterExportRow::serviceId),
    CONTRACT_REFERENCE("B_02.02.0010 Contractual arrangement reference number", RegisterExportRow::contractId),
    PROVIDER_CODE("B_05.01.0010 Identification code of the ICT third-party service provider",
            RegisterExportRow::vendorTaxId),
    PROVIDER_NAME("B_05.01.0050 Legal name of the ICT third-party service provider", RegisterExportRow::vendorName),
    PROVIDER_COUNTRY("B_05.01.0080 Country of the ICT third-party service provider's headquarters",
            RegisterExportRow::vendorCountry),
    PARENT_COMPANY("Parent company", RegisterExportRow::parentCompany),
    SERVICE_DESCRIPTION("Service description", RegisterExportRow::serviceDescription),
    CRITICALITY("Criticality", RegisterExportRow::criticality),
    CRITICAL_OR_IMPORTANT("B_06.01.0050 Criticality or importance assessment",
            row -> row.criticality() == null ? null : yesNo(row.criticality() != Criticality.NORMAL)),
    CLOUD("Cloud service", row -> yesNo(row.cloud())),
    STORAGE_OF_DATA("B_02.02.0140 Storage of data", row -> yesNo(row.storesData())),
    DATA_AT_REST("B_02.02.0150 Location of the data at rest (storage)", RegisterExportRow::dataStorageCountries),
    DATA_PROCESSING("B_02.02.0160 Location of management of the data (processing)",
            RegisterExportRow::dataProcessingCountries),
    START_DATE("B_02.02.0070 Start date of the contractual arrangement", RegisterExportRow::startDate),
    END_DATE("B_02.02.0080 End date of the contractual arrangement", RegisterExportRow::endDate),
    SIGNED_ON("Contract signed on", RegisterExportRow::signedOn),
    END_REASON("B_02.02.0090 Reason of the termination or ending", row -> terminationReason(row.endReason())),
    NOTICE_ENTITY("B_02.02.0100 Notice period for the financial entity making use of the ICT service(s)",
            RegisterExportRow::noticePeriodEntityDays),
    NOTICE_PROVIDER("B_02.02.0110 Notice period for the ICT third-party service provider",
            RegisterExportRow::noticePeriodProviderDays),
    ORGANIZATION_CATEGORY("Organization category (Art. 2)", RegisterExportRow::organizationCategory),
    SHARE_BY_COUNT("Vendor's share of services by count (%)", RegisterExportRow::shareByCount),
    SHARE_BY_SPEND("Vendor's share of annual spend (%)", RegisterExportRow::shareBySpend),
    SHARE_OF_CRITICAL("Vendor's share of critical services (%)", RegisterExportRow::shareOfCritical),
    MARKET_SHARE("Vendor's market share (%)", RegisterExportRow::marketShare),
    CONCENTRATION_TOO_HIGH("Concentration too high (4.1.c)", row -> yesNo(row.concentrationTooHigh())),
    EXCEPTION_APPROVED_BY("Concentration exception approved by", RegisterExportRow::exceptionApprovedBy),
    LAST_AUDIT("B_07.01.0070 Date of the last audit on the ICT third-party service provider",
            RegisterExportRow::lastAudit),
    NEXT_AUDIT("Next audit due", RegisterExportRow::nextAuditDue),
    LAST_ONSITE_REVIEW("Last on-site review", RegisterExportRow::lastOnsiteReview),
    CERTIFICATES("Certificates (type number, expiry)", RegisterExportRow::certificates),
    SUBCONTRACTORS("Subcontractors", RegisterExportRow::subcontractors),
    SUBSTITUTABILITY("B_07.01.0050 Substitutability of the ICT third-party service provider",
            row -> row.substitutability() == null ? null : row.substitutability().doraLabel()),
    NON_SUBSTITUTABILITY_REASON("B_07.01.0060 Reason if the ICT third-party service provider is considered not "
            + "substitutable or difficult to be substitutable",
            row -> row.nonSubstitutabilityReason() == null ? null : row.nonSubstitutabilityReason().doraLabel()),
    EXIT_PLAN_EXISTS("B_07.01.0080 Existence of an exit plan", row -> yesNo(row.exitPlanExists())),
    EXIT_PLAN("Exit plan", RegisterExportRow::exitPlan),
    SERVICE_STATUS("Service status", RegisterExportRow::serviceStatus),
    CONTRACT_STATUS("Contract status", RegisterExportRow::contractStatus);

    private final String header;
    private final Function<RegisterExportRow, Object> value;

    RegisterExportColumn(String header, Function<RegisterExportRow, Object> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** The cell's value: a String, a Number, a LocalDate, an enum, or null for an empty cell. */
    public Object valueOf(RegisterExportRow row) {
        return value.apply(row);
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    /**
     * A contract's end reason in DORA's closed set (B_02.02.0090): a term that ran out is "not for
     * cause"; any other ending is reported as "other", with the register's reason in brackets.
     */
    static String terminationReason(String endReason) {
        if (endReason == null) {
            return null;
        }
        return RevocationReason.CONTRACT_ENDED.name().equals(endReason)
                ? "Termination not for cause: Expired and not renewed"
                : "Other reasons for termination (" + endReason + ")";
    }
}
