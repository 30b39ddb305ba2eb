package tw.vendorrisk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.vendorrisk.selection.VendorSelectionProcess.Elements.*;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;
import tw.vendorrisk.support.EmbeddedPostgresConfiguration;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/** The whole vendor selection on a real PostgreSQL: schema, Flyway, engine and register together. */
@AppTest
@Import(EmbeddedPostgresConfiguration.class)
class VendorSelectionPostgresIT {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired RegisterFixture fixture;
    @Autowired OutsourcedServiceRepository services;
    @Autowired SelectionDecisionRepository decisions;
    @Autowired DataSource dataSource;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixture.reset();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void runsOnPostgreSql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void wholeSelection_withNdaAndAnApprovedConcentrationException() {
        Vendor dominant = fixture.vendor(RegisterFixture.TAX_ID_C, "Dominant Co.", "58");
        fixture.certificate(dominant, CertificateType.ISO_27001, LocalDate.now().plusYears(1));
        Map<String, Object> need = VendorSelectionProcessTest.need(RegisterFixture.TAX_ID_C);
        need.put(Variables.SENSITIVE_INFORMATION.name(), true);
        need.put(Variables.LARGE_PROCUREMENT.name(), true);

        as("alice", "procurement");
        ProcessInstance selection = runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY, need);
        identityService.clearAuthentication();
        completeAs("alice", "procurement", selection, withVariables(Variables.NDA_REFERENCE.name(), "NDA-PG-1",
                Variables.NDA_SIGNED_ON.name(), LocalDate.now().toString()));
        completeAs("alice", "procurement", selection, withVariables(Variables.FINANCIAL_SCORE.name(), 5, Variables.MANAGEMENT_SCORE.name(), 4,
                Variables.PROFESSIONAL_SCORE.name(), 4, Variables.OPERATING_SCORE.name(), 4,
                Variables.TRACK_RECORD_SCORE.name(), 5, Variables.CAPABILITY_NOTES.name(), "strong",
                Variables.VENDOR_CAPABLE.name(), true));
        completeAs("alice", "procurement", selection, withVariables(Variables.PROPOSAL_COVERS_SERVICE.name(), true,
                Variables.PROPOSAL_COVERS_SECURITY.name(), true, Variables.PROPOSAL_COVERS_PROJECT_MANAGEMENT.name(), true,
                Variables.PROPOSAL_MEETS_NEED.name(), true, Variables.PROPOSAL_NOTES.name(), "complete"));
        assertThat(selection).isWaitingAt(ASSESS_CONCENTRATION_RISK);
        completeAs("ivan", "infosec", selection, withVariables(Variables.CONCENTRATION_RISK_ASSESSMENT.name(), "exit plan agreed",
                Variables.INCIDENT_IDENTIFICATION.name(), true, Variables.INCIDENT_RESPONSE.name(), true,
                Variables.INCIDENT_MITIGATION.name(), true));
        completeAs("mark", "managers", selection, withVariables(Variables.EXCEPTION_APPROVED.name(), true,
                Variables.APPROVAL_REASON.name(), "sole qualified vendor"));

        assertThat(selection).isEnded().hasPassedInOrder(RECORD_NDA, STORE_NDA, ASSESS_CAPABILITY, REVIEW_PROPOSAL,
                CHECK_CERTIFICATES, ASSESS_CONCENTRATION, ASSESS_CONCENTRATION_RISK, APPROVE_EXCEPTION,
                RECORD_SELECTION, END_SELECTED);
        List<SelectionDecision> made = decisions.findByProcessInstanceIdOrderByDecidedAt(selection.getId());
        assertThat(made).singleElement().satisfies(decision -> {
            assertThat(decision.getOutcome()).isEqualTo(SelectionOutcome.SELECTED);
            assertThat(decision.getExceptionApprovedBy()).isEqualTo("mark");
            assertThat(decision.getMarketShare()).isEqualByComparingTo("58");
        });
        assertThat(services.findAll()).singleElement()
                .satisfies(service -> assertThat(service.getStatus()).isEqualTo(ServiceStatus.SELECTED));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(selection.getId())
                .taskDefinitionKey(APPROVE_EXCEPTION).singleResult().getEndTime()).isNotNull();
    }

    @Test
    void refusedStart_leavesNeitherEngineNorRegisterRows() {
        long instances = runtimeService.createProcessInstanceQuery().count();
        long historic = historyService.createHistoricProcessInstanceQuery().count();
        as("alice", "procurement");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VendorSelectionProcess.KEY,
                VendorSelectionProcessTest.need(RegisterFixture.TAX_ID_D)))
                .isInstanceOf(BadUserRequestException.class);
        identityService.clearAuthentication();

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(historic);
        assertThat(services.count()).isZero();
    }

    private void as(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
    }

    /** Completes the instance's open task as a member of the group; queries in the test run unauthenticated. */
    private void completeAs(String user, String group, ProcessInstance selection, Map<String, Object> variables) {
        var open = task(selection);
        as(user, group);
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
