package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.register.VendorRepository;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;
import tw.vendorrisk.support.AppTest;

/**
 * Who may do what over {@code /engine-rest} and {@code /api}, against the running application:
 * authentication from the start, each group only its own tasks, the register's refusals.
 */
@AppTest
class RestAccessTest {

    static final String START_SELECTION = "/engine-rest/process-definition/key/vendor-selection/start";

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired VendorRepository vendors;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        fixture.reset();
    }

    @Test
    void engineListIsOpen_everythingElseNeedsCredentials() {
        assertThat(RestClient.anonymous(port).get("/engine-rest/engine").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task", "/api/vendors",
                "/api/organization"}) {
            assertThat(RestClient.anonymous(port).get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(RestClient.as(port, "nobody", "wrong-Password-1!").get(path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void demoUsersLogIn_andVendorSelectionIsDeployed() {
        for (String user : new String[] {"admin", "alice", "ivan", "lena", "mark", "olivia"}) {
            assertThat(RestClient.as(port, user).get("/api/vendors").statusCode()).as(user).isEqualTo(200);
        }
        HttpResponse<String> definition = RestClient.as(port, "alice")
                .get("/engine-rest/process-definition/key/vendor-selection");
        assertThat(definition.statusCode()).isEqualTo(200);
        assertThat(definition.body()).contains("\"key\":\"vendor-selection\"");
    }

    @Test
    void badTaxId_is400NamingTheField_andWritesNothing() throws Exception {
        HttpResponse<String> response = RestClient.as(port, "alice").post("/api/vendors",
                "{\"name\":\"Bad Checksum Ltd.\",\"taxId\":\"12345678\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("taxId");
        assertThat(body.path("message").asText()).contains("taxId").contains("統一編號");
        assertThat(vendors.count()).isZero();
    }

    @Test
    void duplicateTaxId_is409_andWritesNothing() {
        RestClient alice = RestClient.as(port, "alice");
        String vendor = "{\"name\":\"Hengan Information\",\"taxId\":\"23456781\",\"marketSharePercent\":12.5}";
        assertThat(alice.post("/api/vendors", vendor).statusCode()).isEqualTo(201);

        HttpResponse<String> again = alice.post("/api/vendors", vendor.replace("Hengan", "Other"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("23456781").contains("already in the register");
        assertThat(vendors.count()).isEqualTo(1);
    }

    @Test
    void malformedJsonAndMissingFields_are400() {
        RestClient alice = RestClient.as(port, "alice");
        assertThat(alice.post("/api/vendors", "{\"name\":").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = alice.post("/api/vendors", "{\"taxId\":\"22099131\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"name\"");
        assertThat(vendors.count()).isZero();
    }

    @Test
    void aServicePeriodEndingBeforeItStarts_is400() {
        Long vendorId = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5").getId();

        HttpResponse<String> response = RestClient.as(port, "alice").post("/api/vendors/" + vendorId + "/services",
                "{\"description\":\"Hosting\",\"criticality\":\"NORMAL\",\"annualSpend\":1000,"
                        + "\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2025-12-31\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"periodEnd\"");
        assertThat(RestClient.as(port, "alice").get("/api/vendors/" + vendorId + "/services").body()).isEqualTo("[]");
    }

    @Test
    void processOwnerMayNotWriteTheRegisterNorStartASelection() {
        fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        RestClient olivia = RestClient.as(port, "olivia");

        assertThat(olivia.post("/api/vendors", "{\"name\":\"X\",\"taxId\":\"22099131\"}").statusCode()).isEqualTo(403);
        assertThat(olivia.post(START_SELECTION, startBody(RegisterFixture.TAX_ID_A)).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownVendor_refusesTheStartWith400() {
        HttpResponse<String> response = RestClient.as(port, "alice").post(START_SELECTION,
                startBody(RegisterFixture.TAX_ID_B));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("No vendor with tax ID");
    }

    @Test
    void eachGroupSeesAndCompletesOnlyItsOwnTasks() throws Exception {
        fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        RestClient alice = RestClient.as(port, "alice");
        HttpResponse<String> started = alice.post(START_SELECTION, startBody(RegisterFixture.TAX_ID_A));
        assertThat(started.statusCode()).isEqualTo(200);
        String instanceId = json.readTree(started.body()).path("id").asText();

        String taskQuery = "/engine-rest/task?processInstanceId=" + instanceId;
        JsonNode aliceTasks = json.readTree(alice.get(taskQuery).body());
        assertThat(aliceTasks).hasSize(1);
        String taskId = aliceTasks.get(0).path("id").asText();
        for (String other : new String[] {"olivia", "ivan", "mark", "lena"}) {
            assertThat(json.readTree(RestClient.as(port, other).get(taskQuery).body())).as(other).isEmpty();
        }

        String capability = "{\"variables\":{\"financialScore\":{\"value\":4},\"managementScore\":{\"value\":4},"
                + "\"professionalScore\":{\"value\":4},\"operatingScore\":{\"value\":4},\"trackRecordScore\":{\"value\":4},"
                + "\"capabilityNotes\":{\"value\":\"ok\"},\"vendorCapable\":{\"value\":true}}}";
        String complete = "/engine-rest/task/" + taskId + "/complete";
        assertThat(RestClient.as(port, "olivia").post(complete, capability).statusCode()).isEqualTo(403);
        assertThat(RestClient.as(port, "ivan").post(complete, capability).statusCode()).isEqualTo(403);

        assertThat(alice.post(complete, capability).statusCode()).isEqualTo(204);
        HttpResponse<String> twice = alice.post(complete, capability);
        assertThat(twice.statusCode()).isEqualTo(404);
        assertThat(twice.body()).contains(taskId);
    }

    static String startBody(String taxId) {
        return "{\"variables\":{"
                + "\"serviceDescription\":{\"value\":\"Core system maintenance\",\"type\":\"String\"},"
                + "\"vendorTaxId\":{\"value\":\"" + taxId + "\",\"type\":\"String\"},"
                + "\"criticality\":{\"value\":\"HIGH\",\"type\":\"String\"},"
                + "\"annualSpend\":{\"value\":1200000,\"type\":\"Long\"},"
                + "\"cloud\":{\"value\":false,\"type\":\"Boolean\"},"
                + "\"systemMaintenance\":{\"value\":true,\"type\":\"Boolean\"},"
                + "\"largeProcurement\":{\"value\":false,\"type\":\"Boolean\"},"
                + "\"sensitiveInformation\":{\"value\":false,\"type\":\"Boolean\"}}}";
    }
}
