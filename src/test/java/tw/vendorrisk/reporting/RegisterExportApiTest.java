package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.oversight.OversightKind;
import tw.vendorrisk.oversight.OversightService;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.NewCertificate;
import tw.vendorrisk.register.NewVendor;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.ConcentrationException;
import tw.vendorrisk.selection.ConcentrationFigures;
import tw.vendorrisk.selection.SelectionDecision;
import tw.vendorrisk.selection.SelectionOutcome;
import tw.vendorrisk.selection.SelectionService;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * The register of outsourcing arrangements for a known register, as CSV and as .xlsx: one row per
 * arrangement with the DORA column codes in the headers; and the arrangement details it reports,
 * recorded over {@code PUT /api/services/{id}/arrangement} with their validation.
 */
@AppTest
class RegisterExportApiTest {

    static final String CLOUD_NAME = "雲端科技股份有限公司 Cloudway \"Technology\"";
    static final String SUBCONTRACTORS = "=HYPERLINK(\"x\") 備援機房, Backup Site Co.";
    static final String ARRANGEMENT = """
            {"noticePeriodEntityDays": 90, "noticePeriodProviderDays": 180, "storesData": true,
             "dataStorageCountries": ["TW", "JP", "TW"], "dataProcessingCountries": ["TW"],
             "subcontractors": %s, "substitutability": "HIGHLY_COMPLEX", "nonSubstitutabilityReason": "BOTH",
             "exitPlan": "EP-7: back in-house within 6 months"}""";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired SelectionService selections;
    @Autowired ContractService contracts;
    @Autowired OversightService oversight;
    @Autowired TransactionTemplate transaction;
    final ObjectMapper json = new ObjectMapper();

    Long cloudServiceId;
    Long contractId;
    LocalDate termStart = LocalDate.now().minusMonths(2);
    LocalDate nextAuditDue;

    @BeforeEach
    void knownRegister() throws Exception {
        fixture.reset();
        Vendor cloud = register.registerVendor(new NewVendor(CLOUD_NAME, RegisterFixture.TAX_ID_A, "TW",
                "Cloud Holdings Ltd", new BigDecimal("12.5")));
        register.addCertificate(cloud.getId(), new NewCertificate(CertificateType.ISO_27001, "TW-27001-0415",
                LocalDate.of(2028, 1, 31)));
        register.addCertificate(cloud.getId(), new NewCertificate(CertificateType.CSA_STAR, "STAR-2291",
                LocalDate.of(2027, 6, 30)));
        OutsourcedService hosting = register.proposeService(cloud.getId(), new ServiceProfile(
                "下單系統雲端主機 Order system cloud hosting", true, false, false, true, Criticality.CRITICAL,
                new BigDecimal("4800000"), null, null), "pi-selection");
        cloudServiceId = hosting.getId();
        transaction.executeWithoutResult(status -> selections.recordDecision(new SelectionDecision(
                register.service(cloudServiceId), SelectionOutcome.SELECTED, "selected", "mark", "pi-selection")
                .withConcentration(new ConcentrationFigures(4, 2, new BigDecimal("40.00"), new BigDecimal("55.50"),
                        new BigDecimal("50.00"), new BigDecimal("12.50")), true)
                .withException(new ConcentrationException(true, "acceptable", "mark", "no alternative"))));
        contractId = contracts.open(cloudServiceId, ContractPurpose.NEW, null).contractId();
        contracts.confirmConfidentialityUndertaking(contractId, "lena");
        contracts.sign(contractId, new SignedTerms(termStart, termStart, termStart.plusYears(2),
                SlaReportFrequency.ANNUAL, true, "none"), "alice");
        oversight.plan(contractId);
        nextAuditDue = oversight.activity(oversight.scheduledIds(contractId, OversightKind.AUDIT).get(0)).getDueOn();
        Long adHoc = oversight.registerAdHocAudit(contractId, 10).getId();
        oversight.open(adHoc, "pi-audit");
        oversight.complete(adHoc, "SATISFACTORY", "fine", null, "ivan");
        Long review = oversight.scheduledIds(contractId, OversightKind.ONSITE_REVIEW).get(0);
        oversight.open(review, "pi-review");
        oversight.complete(review, "SATISFACTORY", "fine", null, "ivan");

        Vendor hengan = fixture.vendor(RegisterFixture.TAX_ID_B, "恆安資訊 Hengan", "55");
        fixture.activeService(hengan, Criticality.NORMAL, "600000");
        register.proposeService(hengan.getId(), new ServiceProfile("under selection", false, false, false, false,
                Criticality.NORMAL, BigDecimal.ONE, null, null), "pi-2");
        OutsourcedService rejected = register.proposeService(hengan.getId(), new ServiceProfile("not selected",
                false, false, false, false, Criticality.NORMAL, BigDecimal.ONE, null, null), "pi-3");
        register.closeSelectionWithoutVendor(rejected.getId());

        HttpResponse<String> recorded = RestClient.as(port, "alice").put("/api/services/" + cloudServiceId
                + "/arrangement", ARRANGEMENT.formatted(json.writeValueAsString(SUBCONTRACTORS)));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }

    @Test
    void theCsv_isUtf8WithBom_hasTheDoraHeaders_andOneRowPerArrangement() {
        HttpResponse<byte[]> response = RestClient.as(port, "olivia").getBytes("/api/register/export?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .contains("register-of-arrangements-").contains(".csv");
        byte[] csv = response.body();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));

        assertThat(rows.get(0)).containsExactlyElementsOf(
                Arrays.stream(RegisterExportColumn.values()).map(RegisterExportColumn::header).toList());
        assertThat(rows.get(0)).contains("B_05.01.0050 Legal name of the ICT third-party service provider",
                "B_02.02.0100 Notice period for the financial entity making use of the ICT service(s)",
                "B_07.01.0050 Substitutability of the ICT third-party service provider");
        assertThat(rows).hasSize(3);

        Map<String, String> cloud = row(rows, RegisterFixture.TAX_ID_A);
        assertThat(cloud).containsEntry("Service ID", cloudServiceId.toString())
                .containsEntry("B_02.02.0010 Contractual arrangement reference number", contractId.toString())
                .containsEntry("B_05.01.0050 Legal name of the ICT third-party service provider", CLOUD_NAME)
                .containsEntry("B_05.01.0080 Country of the ICT third-party service provider's headquarters", "TW")
                .containsEntry("Parent company", "Cloud Holdings Ltd")
                .containsEntry("Criticality", "CRITICAL")
                .containsEntry("B_06.01.0050 Criticality or importance assessment", "Yes")
                .containsEntry("Cloud service", "Yes")
                .containsEntry("B_02.02.0140 Storage of data", "Yes")
                .containsEntry("B_02.02.0150 Location of the data at rest (storage)", "TW;JP")
                .containsEntry("B_02.02.0160 Location of management of the data (processing)", "TW")
                .containsEntry("B_02.02.0070 Start date of the contractual arrangement", termStart.toString())
                .containsEntry("B_02.02.0080 End date of the contractual arrangement",
                        termStart.plusYears(2).toString())
                .containsEntry("Contract signed on", termStart.toString())
                .containsEntry("B_02.02.0090 Reason of the termination or ending", "")
                .containsEntry("B_02.02.0100 Notice period for the financial entity making use of the ICT service(s)",
                        "90")
                .containsEntry("B_02.02.0110 Notice period for the ICT third-party service provider", "180")
                .containsEntry("Organization category (Art. 2)", "1")
                .containsEntry("Vendor's share of services by count (%)", "40.00")
                .containsEntry("Vendor's share of annual spend (%)", "55.50")
                .containsEntry("Vendor's share of critical services (%)", "50.00")
                .containsEntry("Vendor's market share (%)", "12.50")
                .containsEntry("Concentration too high (4.1.c)", "Yes")
                .containsEntry("Concentration exception approved by", "mark")
                .containsEntry("B_07.01.0070 Date of the last audit on the ICT third-party service provider",
                        LocalDate.now().toString())
                .containsEntry("Next audit due", nextAuditDue.toString())
                .containsEntry("Last on-site review", LocalDate.now().toString())
                .containsEntry("Certificates (type number, expiry)",
                        "CSA_STAR STAR-2291, 2027-06-30; ISO_27001 TW-27001-0415, 2028-01-31")
                // a formula is neutralised for spreadsheets, the comma and quotes survive the quoting
                .containsEntry("Subcontractors", "'" + SUBCONTRACTORS)
                .containsEntry("B_07.01.0050 Substitutability of the ICT third-party service provider",
                        "Highly complex substitutability")
                .containsEntry(RegisterExportColumn.NON_SUBSTITUTABILITY_REASON.header(),
                        "Lack of real alternatives and difficulties in migrating or reintegrating")
                .containsEntry("B_07.01.0080 Existence of an exit plan", "Yes")
                .containsEntry("Exit plan", "EP-7: back in-house within 6 months")
                .containsEntry("Service status", "ACTIVE")
                .containsEntry("Contract status", "SIGNED");

        Map<String, String> existing = row(rows, RegisterFixture.TAX_ID_B);
        assertThat(existing).containsEntry("B_02.02.0010 Contractual arrangement reference number", "")
                .containsEntry("B_06.01.0050 Criticality or importance assessment", "No")
                .containsEntry("B_02.02.0140 Storage of data", "")
                .containsEntry("B_07.01.0080 Existence of an exit plan", "")
                .containsEntry("Service status", "ACTIVE")
                .containsEntry("Contract status", "");
    }

    @Test
    void theXlsx_opensInASpreadsheet_withHeadersDatesAndNumbers() throws Exception {
        HttpResponse<byte[]> response = RestClient.as(port, "olivia").getBytes("/api/register/export?format=XLSX");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(response.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Arrangements");
            Row header = sheet.getRow(0);
            RegisterExportColumn[] columns = RegisterExportColumn.values();
            assertThat(header.getLastCellNum()).isEqualTo((short) columns.length);
            for (int i = 0; i < columns.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(columns[i].header());
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row cloud = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (RegisterFixture.TAX_ID_A.equals(sheet.getRow(r)
                        .getCell(RegisterExportColumn.PROVIDER_CODE.ordinal()).getStringCellValue())) {
                    cloud = sheet.getRow(r);
                }
            }
            assertThat(cloud).isNotNull();
            assertThat(cloud.getCell(RegisterExportColumn.PROVIDER_NAME.ordinal()).getStringCellValue())
                    .isEqualTo(CLOUD_NAME);
            Cell start = cloud.getCell(RegisterExportColumn.START_DATE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(termStart);
            Cell notice = cloud.getCell(RegisterExportColumn.NOTICE_PROVIDER.ordinal());
            assertThat(notice.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(notice.getNumericCellValue()).isEqualTo(180.0);
            assertThat(cloud.getCell(RegisterExportColumn.SHARE_BY_SPEND.ordinal()).getNumericCellValue())
                    .isEqualTo(55.5);
            Cell subcontractors = cloud.getCell(RegisterExportColumn.SUBCONTRACTORS.ordinal());
            assertThat(subcontractors.getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(subcontractors.getStringCellValue()).isEqualTo(SUBCONTRACTORS);
            assertThat(cloud.getCell(RegisterExportColumn.SUBSTITUTABILITY.ordinal()).getStringCellValue())
                    .isEqualTo("Highly complex substitutability");
        }
    }

    @Test
    void anUnknownFormat_is400() throws Exception {
        HttpResponse<String> response = RestClient.as(port, "olivia").get("/api/register/export?format=pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.path("message").asText()).isEqualTo("format must be csv or xlsx, not 'pdf'.");
        assertThat(error.path("errors").get(0).path("field").asText()).isEqualTo("format");
        assertThat(RestClient.anonymous(port).get("/api/register/export?format=csv").statusCode()).isEqualTo(401);
    }

    @Test
    void arrangementDetails_areValidated_andARefusalWritesNothing() throws Exception {
        String path = "/api/services/" + cloudServiceId + "/arrangement";
        RestClient alice = RestClient.as(port, "alice");
        JsonNode before = json.readTree(alice.get(path).body());
        assertThat(before.path("dataStorageCountries")).extracting(JsonNode::asText).containsExactly("TW", "JP");
        assertThat(before.path("updatedBy").asText()).isEqualTo("alice");

        assertThat(RestClient.as(port, "olivia").put(path, body(Map.of())).statusCode()).isEqualTo(403);
        assertRefused(alice.put(path, body(Map.of("dataStorageCountries", List.of()))), "dataStorageCountries",
                "name the countries where the data rests");
        assertRefused(alice.put(path, body(Map.of("storesData", false))), "dataStorageCountries",
                "stores no data");
        assertRefused(alice.put(path, body(Map.of("dataProcessingCountries", List.of("XX")))),
                "dataProcessingCountries", "'XX' is not an ISO 3166 country code");
        assertRefused(alice.put(path, body(Map.of("dataProcessingCountries", List.of("tw")))),
                "dataProcessingCountries[0]", "ISO 3166 two-letter country code");
        assertRefused(alice.put(path, body(Map.of("nonSubstitutabilityReason", ""))), null, null);
        assertRefused(alice.put(path, bodyWithout("nonSubstitutabilityReason")), "nonSubstitutabilityReason",
                "Say why the vendor is HIGHLY_COMPLEX");
        assertRefused(alice.put(path, body(Map.of("substitutability", "EASILY_SUBSTITUTABLE"))),
                "nonSubstitutabilityReason", "only for a vendor");
        assertRefused(alice.put(path, body(Map.of("noticePeriodEntityDays", -1))), "noticePeriodEntityDays", null);
        assertRefused(alice.put(path, bodyWithout("substitutability")), "substitutability", null);
        assertThat(alice.put("/api/services/999999/arrangement", body(Map.of())).statusCode()).isEqualTo(404);

        assertThat(json.readTree(alice.get(path).body())).isEqualTo(before);

        Map<String, Object> plain = new HashMap<>(Map.of("storesData", false, "dataStorageCountries", List.of(),
                "substitutability", "EASILY_SUBSTITUTABLE"));
        plain.put("nonSubstitutabilityReason", null);
        plain.put("exitPlan", " ");
        HttpResponse<String> changed = alice.put(path, body(plain));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = json.readTree(changed.body());
        assertThat(after.path("storesData").asBoolean()).isFalse();
        assertThat(after.path("dataStorageCountries")).isEmpty();
        assertThat(after.has("exitPlan")).isFalse();
        assertThat(after.path("substitutability").asText()).isEqualTo("EASILY_SUBSTITUTABLE");
    }

    private void assertRefused(HttpResponse<String> response, String field, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        if (field != null) {
            assertThat(error.path("errors")).anySatisfy(e -> assertThat(e.path("field").asText()).isEqualTo(field));
        }
        if (message != null) {
            assertThat(error.path("message").asText()).contains(message);
        }
    }

    /** The recorded arrangement with some fields changed. */
    private String body(Map<String, Object> changes) throws Exception {
        Map<String, Object> body = arrangement();
        body.putAll(changes);
        return json.writeValueAsString(body);
    }

    private String bodyWithout(String field) throws Exception {
        Map<String, Object> body = arrangement();
        body.remove(field);
        return json.writeValueAsString(body);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> arrangement() throws Exception {
        return new HashMap<>(json.readValue(ARRANGEMENT.formatted(json.writeValueAsString(SUBCONTRACTORS)),
                Map.class));
    }

    private static Map<String, String> row(List<List<String>> rows, String taxId) {
        List<String> header = rows.get(0);
        int taxColumn = header.indexOf(RegisterExportColumn.PROVIDER_CODE.header());
        List<String> found = rows.stream().skip(1).filter(r -> r.get(taxColumn).equals(taxId)).findFirst()
                .orElseThrow();
        Map<String, String> byHeader = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byHeader.put(header.get(i), found.get(i));
        }
        return byHeader;
    }

    /** An RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; CRLF rows. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
