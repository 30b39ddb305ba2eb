package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.RestClient;

/**
 * Issue 16, item 3: legal accepted a draft whose stored clause check has gaps by submitting
 * {@code gapCount=0} with {@code reviewOutcome=ACCEPT}, and the contract was signed without the
 * managers' waiver. ACCEPT is now decided against the check kept in the register.
 */
@AppTest
class LegalWaiverSkipTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "contracts", "sample-contract.zh-TW.txt");

    @LocalServerPort int port;
    @Autowired RegisterFixture fixture;
    @Autowired RegisterService register;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ClauseCheckRecordRepository checks;

    ProcessInstance contract;

    @BeforeEach
    void setUp() throws Exception {
        fixture.reset();
        Vendor vendor = fixture.vendor(RegisterFixture.TAX_ID_A, "Certified Co.", "5");
        OutsourcedService service = register.addService(vendor.getId(), new ServiceProfile("ID card recognition",
                false, false, true, false, Criticality.HIGH, new BigDecimal("900000"), null, null), ServiceStatus.ACTIVE);
        contract = runtimeService.startProcessInstanceByKey(ContractSigningProcess.KEY, Map.of(
                Variables.SERVICE_ID.name(), service.getId(), Variables.CONTRACT_PURPOSE.name(), "RENEWAL"));
        FileValue draft = org.camunda.bpm.engine.variable.Variables.fileValue("sample-contract.txt")
                .file(Files.readAllBytes(SAMPLE)).mimeType("text/plain").create();
        identityService.setAuthentication("alice", List.of("procurement"));
        try {
            taskService.complete(reviewOrUploadTask(), Map.of(Variables.CONTRACT_DRAFT, draft));
        } finally {
            identityService.clearAuthentication();
        }
        ClauseCheckRecord check = checks.findById((Long) runtimeService.getVariable(contract.getId(),
                Variables.CLAUSE_CHECK_ID.name())).orElseThrow();
        assertThat(check.getMissingCount() + check.getPartialCount()).as("the sample has gaps").isGreaterThan(0);
    }

    @Test
    void legal_cannotAcceptADraftWithGaps_byClaimingTheCheckFoundNone() {
        HttpResponse<String> response = complete("{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPT\"},"
                + "\"gapCount\":{\"value\":0},\"legalNotes\":{\"value\":\"fine\"}}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("gapCount");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(contract.getId()).activityIdIn(
                ContractSigningProcess.Elements.REVIEW_CONTRACT).count()).isEqualTo(1);
    }

    @Test
    void acceptIsDecidedByTheStoredCheck_notByTheProcessVariable() {
        // however the variable came to say 0, the check in the register decides
        runtimeService.setVariable(contract.getId(), Variables.GAP_COUNT.name(), 0);
        HttpResponse<String> response = complete("{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPT\"},"
                + "\"legalNotes\":{\"value\":\"fine\"}}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("reviewOutcome").contains("cannot be ACCEPT");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(contract.getId()).activityIdIn(
                ContractSigningProcess.Elements.REVIEW_CONTRACT).count()).isEqualTo(1);

        HttpResponse<String> waiver = complete("{\"variables\":{\"reviewOutcome\":{\"value\":\"WAIVER\"},"
                + "\"legalNotes\":{\"value\":\"managers decide\"}}}");
        assertThat(waiver.statusCode()).as("a waiver of the stored gaps " + waiver.body()).isEqualTo(204);
    }

    private HttpResponse<String> complete(String body) {
        return RestClient.as(port, "lena").post("/engine-rest/task/" + reviewOrUploadTask() + "/complete", body);
    }

    private String reviewOrUploadTask() {
        return taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult().getId();
    }
}
