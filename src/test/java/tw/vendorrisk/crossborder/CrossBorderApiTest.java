package tw.vendorrisk.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OrganizationFacts;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Cross-border processing by the head office or an overseas branch (10.2) over {@code /api}: each
 * rule refuses with a clear 400 and writes nothing; sensitive data goes only with the data subject's
 * consent recorded first, and every transfer is logged.
 */
@AppTest
class CrossBorderApiTest {

    static final String ARRANGEMENT = """
            {"recipientKind":"HEAD_OFFICE","recipientName":"Globex Securities Holdings Ltd.","recipientCountry":"SG",
             "processingDescription":"Head office runs the KYC screening platform; data is collected by the branch, processed in Singapore, kept 7 years, access logged.",
             "dataCategories":[
               {"code":"IDENTITY","description":"name, ID number, date of birth","purpose":"KYC screening against sanctions lists","sensitive":false},
               {"code":"HEALTH","description":"disability accommodations","purpose":"accessible account servicing by the head office's call centre","sensitive":true}],
             "authorizedStaffOnly":true,"dataSegregated":true,"returnedOnRequest":true,
             "encryptionInTransit":true,"encryptionMethod":"TLS 1.3 with mutual authentication",
             "pdpaChecked":true,"pdpaCheckNotes":"legal opinion 2027-02","regulatorLimitsChecked":true,
             "regulatorLimitsNotes":"Singapore not restricted"}""";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired ContractRepository contracts;
    @Autowired OrganizationService organization;
    @Autowired CrossBorderArrangementRepository arrangements;
    @Autowired CrossBorderConsentRepository consents;
    @Autowired CrossBorderTransferRepository transfers;
    final ObjectMapper json = new ObjectMapper();

    Contract contract;
    String base;
    RestClient lena;
    RestClient ivan;

    @BeforeEach
    void setUp() {
        fixture.reset();
        organization.update(new OrganizationFacts("Globex Securities Taiwan Branch", true, null, null, true), "test");
        Vendor headOffice = fixture.vendor(RegisterFixture.TAX_ID_A, "Globex Securities Holdings", null);
        OutsourcedService service = register.addService(headOffice.getId(), new ServiceProfile("KYC screening",
                true, false, false, false, Criticality.HIGH, new BigDecimal("2000000"), null, null),
                ServiceStatus.ACTIVE);
        Contract draft = new Contract(service, ContractPurpose.NEW, null);
        draft.sign(new SignedTerms(LocalDate.now().minusDays(10), LocalDate.now().minusDays(10),
                LocalDate.now().plusYears(2), SlaReportFrequency.QUARTERLY, false, null), "alice");
        contract = contracts.save(draft);
        base = "/api/contracts/" + contract.getId() + "/cross-border";
        lena = RestClient.as(port, "lena");
        ivan = RestClient.as(port, "ivan");
    }

    @Test
    void theArrangement_recordsCategoriesWithTheirPurpose_andSafeguards() throws Exception {
        HttpResponse<String> created = lena.post(base, ARRANGEMENT);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains(base);
        JsonNode body = json.readTree(lena.get(base).body());
        assertThat(body.path("recipientKind").asText()).isEqualTo("HEAD_OFFICE");
        assertThat(body.path("recipientCountry").asText()).isEqualTo("SG");
        assertThat(body.path("dataCategories")).hasSize(2);
        assertThat(body.path("dataCategories").get(1).path("purpose").asText()).startsWith("accessible account");
        assertThat(body.path("dataCategories").get(1).path("sensitive").asBoolean()).isTrue();
        assertThat(body.path("encryptionMethod").asText()).isEqualTo("TLS 1.3 with mutual authentication");
        assertThat(body.path("recordedBy").asText()).isEqualTo("lena");

        HttpResponse<String> again = lena.post(base, ARRANGEMENT);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(message(again)).contains("already has a cross-border arrangement");

        HttpResponse<String> updated = RestClient.as(port, "ivan").put(base, ARRANGEMENT.replace("\"SG\"", "\"JP\""));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).path("recipientCountry").asText()).isEqualTo("JP");
        assertThat(arrangements.count()).isEqualTo(1);
    }

    @Test
    void notAForeignSubsidiary_isRefused() throws Exception {
        organization.update(new OrganizationFacts("Local Securities", true, null, null, false), "test");

        HttpResponse<String> refused = lena.post(base, ARRANGEMENT);

        assertRefused(refused, "foreignSubsidiary", "not one (foreignSubsidiary=false)");
        assertThat(arrangements.count()).isZero();
    }

    @Test
    void eachRuleOfTheArrangement_refusesWithAClearMessage_andWritesNothing() throws Exception {
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"purpose\":\"KYC screening against sanctions lists\"",
                "\"purpose\":\"\"")), "dataCategories[0].purpose", "why the outsourced work needs this data (10.2.2)");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"SG\"", "\"TW\"")), "recipientCountry", "cannot be TW");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"dataSegregated\":true", "\"dataSegregated\":false")),
                "dataSegregated", "10.2.3");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"encryptionInTransit\":true", "\"encryptionInTransit\":false")),
                "encryptionInTransit", "Sensitive data (HEALTH) goes abroad: 10.2.4 needs encryption in transit");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"pdpaChecked\":true", "\"pdpaChecked\":false")),
                "pdpaChecked", "Personal Data Protection Act");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"regulatorLimitsChecked\":true",
                "\"regulatorLimitsChecked\":false")), "regulatorLimitsChecked", "regulator's limits on international transfer");
        assertRefused(lena.post(base, ARRANGEMENT.replace("\"code\":\"HEALTH\"", "\"code\":\"IDENTITY\"")),
                "dataCategories", "IDENTITY is listed twice");
        assertThat(arrangements.count()).isZero();

        // without sensitive data, no encryption, PDPA or regulator check is demanded
        String plain = ARRANGEMENT.replace("\"sensitive\":true", "\"sensitive\":false")
                .replace("\"encryptionInTransit\":true", "\"encryptionInTransit\":false")
                .replace("\"pdpaChecked\":true", "\"pdpaChecked\":false");
        assertThat(lena.post(base, plain).statusCode()).isEqualTo(201);
    }

    @Test
    void onlyLegalInfosecAndAdmin_recordTheArrangement() {
        HttpResponse<String> alice = RestClient.as(port, "alice").post(base, ARRANGEMENT);
        assertThat(alice.statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "admin").post(base, ARRANGEMENT).statusCode()).isEqualTo(201);
        assertThat(RestClient.as(port, "olivia").get(base).statusCode()).isEqualTo(200);
        assertThat(RestClient.as(port, "lena").post(base + "/transfers",
                "{\"categories\":[\"IDENTITY\"],\"recordCount\":1,\"encrypted\":true}").statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "ivan").post(base + "/consents", consent("C-1001", "2027-01-01")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSensitiveTransferWithoutConsent_isRefused_andNothingIsLogged() throws Exception {
        lena.post(base, ARRANGEMENT);

        HttpResponse<String> refused = ivan.post(base + "/transfers",
                "{\"categories\":[\"IDENTITY\",\"HEALTH\"],\"dataSubjects\":[\"C-1001\",\"C-1002\"],\"encrypted\":true,"
                        + "\"reference\":\"batch 42\"}");

        assertRefused(refused, "dataSubjects", "Transfer refused: sensitive data (HEALTH) may go abroad only with the "
                + "data subject's consent, recorded before the transfer (10.2.4)");
        assertThat(message(refused)).contains("C-1001 (HEALTH), C-1002 (HEALTH)").contains("Nothing was transferred or logged")
                .contains("POST /api/contracts/" + contract.getId() + "/cross-border/consents");
        assertThat(transfers.count()).isZero();

        // with consent recorded for one subject only, still refused, naming the other
        assertThat(lena.post(base + "/consents", consent("C-1001", LocalDate.now().minusDays(3).toString())).statusCode())
                .isEqualTo(201);
        HttpResponse<String> half = ivan.post(base + "/transfers",
                "{\"categories\":[\"HEALTH\"],\"dataSubjects\":[\"C-1001\",\"C-1002\"],\"encrypted\":true}");
        assertRefused(half, "dataSubjects", "C-1002 (HEALTH)");
        assertThat(message(half)).doesNotContain("C-1001");
        assertThat(transfers.count()).isZero();
    }

    @Test
    void withConsentRecordedFirst_theTransferGoes_andIsLoggedWithTheConsent() throws Exception {
        lena.post(base, ARRANGEMENT);
        JsonNode consent = json.readTree(lena.post(base + "/consents",
                consent("C-1001", LocalDate.now().minusDays(3).toString())).body());

        HttpResponse<String> logged = ivan.post(base + "/transfers",
                "{\"categories\":[\"IDENTITY\",\"HEALTH\"],\"dataSubjects\":[\"C-1001\"],\"encrypted\":true,"
                        + "\"reference\":\"batch 43\"}");

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        JsonNode log = json.readTree(ivan.get(base + "/transfers").body());
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("sensitive").asBoolean()).isTrue();
        assertThat(log.get(0).path("recordCount").asInt()).isEqualTo(1);
        assertThat(log.get(0).path("recordedBy").asText()).isEqualTo("ivan");
        assertThat(log.get(0).path("subjects").get(0).path("dataSubjectRef").asText()).isEqualTo("C-1001");
        assertThat(log.get(0).path("subjects").get(0).path("consentIds").asText())
                .isEqualTo(consent.path("id").asText());
    }

    @Test
    void aTransferWithoutSensitiveData_needsNoConsent_butIsLoggedToo() throws Exception {
        lena.post(base, ARRANGEMENT);

        HttpResponse<String> logged = ivan.post(base + "/transfers",
                "{\"categories\":[\"IDENTITY\"],\"recordCount\":250,\"encrypted\":true,\"reference\":\"monthly KYC batch\"}");

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(json.readTree(logged.body()).path("sensitive").asBoolean()).isFalse();
        assertThat(transfers.count()).isEqualTo(1);
    }

    @Test
    void theTransferRules_refuseEachWithAClearMessage() throws Exception {
        lena.post(base, ARRANGEMENT);
        lena.post(base + "/consents", consent("C-1001", LocalDate.now().minusDays(3).toString()));

        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"ACCOUNT_BALANCE\"],\"recordCount\":1,\"encrypted\":true}"),
                "categories", "Not in the arrangement: ACCOUNT_BALANCE");
        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"HEALTH\"],\"dataSubjects\":[\"C-1001\"],\"encrypted\":false}"),
                "encrypted", "only encrypted in transit (10.2.4)");
        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"HEALTH\"],\"recordCount\":5,\"encrypted\":true}"),
                "dataSubjects", "must name its data subjects");
        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"IDENTITY\"],\"encrypted\":true}"),
                "recordCount", "how many records");
        assertThat(transfers.count()).isZero();

        // a withdrawn consent no longer allows a transfer
        Long consentId = consents.findAll().get(0).getId();
        HttpResponse<String> withdrawn = lena.post(base + "/consents/" + consentId + "/withdrawal",
                "{\"withdrawnOn\":\"" + LocalDate.now() + "\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"HEALTH\"],\"dataSubjects\":[\"C-1001\"],\"encrypted\":true}"),
                "dataSubjects", "C-1001 (HEALTH)");
        assertThat(transfers.count()).isZero();
    }

    @Test
    void theConsentRules() throws Exception {
        lena.post(base, ARRANGEMENT);

        assertRefused(lena.post(base + "/consents", consent("C-1001", LocalDate.now().plusDays(1).toString())),
                "consentedOn", "lies in the future");
        assertRefused(lena.post(base + "/consents", consent("Wang Xiao-ming", "2027-01-01")),
                "dataSubjectRef", "customer reference");
        assertRefused(lena.post(base + "/consents", consent("C-1001", "2027-01-01").replace("HEALTH", "GENETIC")),
                "categories", "Not in the arrangement: GENETIC");
        assertThat(consents.count()).isZero();
        assertThat(lena.get("/api/contracts/" + contract.getId() + "/cross-border/consents").body()).isEqualTo("[]");
    }

    @Test
    void anEndedContract_orOneWithoutArrangement() throws Exception {
        HttpResponse<String> none = ivan.post(base + "/transfers",
                "{\"categories\":[\"IDENTITY\"],\"recordCount\":1,\"encrypted\":true}");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(message(none)).contains("has no cross-border arrangement");
        assertThat(lena.get("/api/contracts/999999/cross-border").statusCode()).isEqualTo(404);

        lena.post(base, ARRANGEMENT);
        Contract ended = contracts.findById(contract.getId()).orElseThrow();
        ended.end(LocalDate.now(), RevocationReason.CONTRACT_ENDED.name());
        contracts.save(ended);
        assertRefused(ivan.post(base + "/transfers", "{\"categories\":[\"IDENTITY\"],\"recordCount\":1,\"encrypted\":true}"),
                "contractId", "has ended");
        assertThat(transfers.count()).isZero();
    }

    private static String consent(String subject, String consentedOn) {
        return "{\"dataSubjectRef\":\"" + subject + "\",\"categories\":[\"HEALTH\"],\"consentedOn\":\"" + consentedOn
                + "\",\"evidenceReference\":\"signed form CF-2027-001\"}";
    }

    private String message(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).path("message").asText();
    }

    private void assertRefused(HttpResponse<String> response, String field, String text) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("message").asText()).contains(text);
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
