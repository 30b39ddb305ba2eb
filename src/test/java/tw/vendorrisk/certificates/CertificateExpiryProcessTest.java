package tw.vendorrisk.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static tw.vendorrisk.certificates.CertificateExpiryProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.certificates.CertificateExpiryProcess.Variables;
import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.CertificateRenewal;
import tw.vendorrisk.register.CertificateRepository;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.RegisterFixture;
import tw.vendorrisk.support.AppTest;

/**
 * {@code certificate-expiry} with the engine clock moved: certificates of vendors in use that expire
 * within 60 days raise one infosec task each, due on the expiry date, once; the answer updates the
 * register (4.2.2, 4.2.3).
 */
@AppTest
class CertificateExpiryProcessTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 3, 1);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired CertificateRepository certificates;
    @Autowired RegisterFixture fixture;

    Vendor inUse;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        identityService.clearAuthentication();
        fixture.reset();
        at(DAY0);
        inUse = fixture.vendor(RegisterFixture.TAX_ID_A, "恆安資訊 Hengan Information", "5");
        fixture.activeService(inUse, Criticality.HIGH, "1200000");
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(CertificateExpiryProcess.KEY).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        BpmnAwareTests.reset();
    }

    @Test
    void certificatesExpiringWithin60Days_raiseOneInfosecTaskEach_dueOnExpiry_once() {
        fixture.certificate(inUse, CertificateType.ISO_27001, DAY0.plusDays(59));
        fixture.certificate(inUse, CertificateType.CSA_STAR, DAY0.plusDays(60));
        fixture.certificate(inUse, CertificateType.ISO_27018, DAY0.plusDays(90));
        // an old ISO 27017 already replaced by a later one: nothing to chase
        fixture.certificate(inUse, CertificateType.ISO_27017, DAY0.minusDays(300));
        fixture.certificate(inUse, CertificateType.ISO_27017, DAY0.plusDays(400));
        // a vendor the organization does not use
        Vendor rejected = fixture.vendor(RegisterFixture.TAX_ID_B, "Unused Co.", null);
        fixture.certificate(rejected, CertificateType.ISO_27001, DAY0.plusDays(10));

        ProcessInstance check = check();

        assertThat(check).isWaitingAt(OBTAIN_RENEWED).hasPassed(FLAG_EXPIRING);
        List<Task> tasks = renewalTasks();
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task).hasCandidateGroup("infosec");
            // the task names the vendor it is about, from the register
            assertThat(task.getName()).isEqualTo("取得更新後的證書 Obtain the renewed certificate — 恆安資訊 Hengan Information");
        });
        assertThat(tasks).extracting(task -> taskService.getVariable(task.getId(), Variables.CERTIFICATE_TYPE.name()))
                .containsExactlyInAnyOrder("ISO_27001", "CSA_STAR");
        Task iso = task("ISO_27001");
        assertThat(iso.getDueDate()).isEqualTo(startOf(DAY0.plusDays(59)));
        assertThat(taskService.getVariables(iso.getId())).containsEntry(Variables.VENDOR_NAME.name(),
                "恆安資訊 Hengan Information").containsEntry(Variables.CERTIFICATE_EXPIRES_ON.name(), "2027-04-29");
        assertThat(certificate(CertificateType.ISO_27001).getRenewalRequestedOn()).isEqualTo(DAY0);

        // the same day again: nothing new
        assertEnded(checkId(), END_NONE_EXPIRING);
        assertThat(renewalTasks()).hasSize(2);

        // 31 days later the ISO 27018 comes within 60 days
        at(DAY0.plusDays(31));
        ProcessInstance later = check();
        assertThat(later).isWaitingAt(OBTAIN_RENEWED);
        assertThat(renewalTasks()).hasSize(3);
        assertThat(task("ISO_27018").getDueDate()).isEqualTo(startOf(DAY0.plusDays(90)));
    }

    @Test
    void renewed_addsTheNewCertificate_andLinksTheOldOne() {
        fixture.certificate(inUse, CertificateType.ISO_27001, DAY0.plusDays(30));
        ProcessInstance check = check();
        Task task = task("ISO_27001");

        completeAs("ivan", task, Map.of(Variables.CERTIFICATE_RENEWED.name(), true,
                Variables.NEW_CERTIFICATE_NUMBER.name(), "TW-27001-2030",
                Variables.NEW_CERTIFICATE_EXPIRES_ON.name(), "2030-03-31",
                Variables.RENEWAL_NOTES.name(), "recertification audit passed"));

        assertThat(check).isEnded().hasPassedInOrder(OBTAIN_RENEWED, RECORD_RENEWED, END_RENEWED, END_FOLLOWED_UP);
        Certificate old = certificates.findByVendorIdOrderByExpiresOn(inUse.getId()).get(0);
        Certificate renewed = certificates.findByVendorIdOrderByExpiresOn(inUse.getId()).get(1);
        assertThat(renewed.getNumber()).isEqualTo("TW-27001-2030");
        assertThat(renewed.getType()).isEqualTo(CertificateType.ISO_27001);
        assertThat(renewed.getExpiresOn()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(renewed.getRenewalRequestedOn()).isNull();
        assertThat(old.getRenewalOutcome()).isEqualTo(CertificateRenewal.RENEWED);
        assertThat(old.getRenewedByCertificateId()).isEqualTo(renewed.getId());
        assertThat(old.getRenewalDecidedBy()).isEqualTo("ivan");
        assertThat(old.getRenewalNotes()).isEqualTo("recertification audit passed");

        // the renewed certificate is chased again when it nears its own expiry
        at(LocalDate.of(2030, 2, 1));
        check();
        assertThat(renewalTasks()).singleElement().satisfies(next -> assertThat(taskService.getVariable(next.getId(),
                Variables.CERTIFICATE_NUMBER.name())).isEqualTo("TW-27001-2030"));
    }

    @Test
    void notRenewed_isRecordedWithItsReason() {
        fixture.certificate(inUse, CertificateType.CSA_STAR, DAY0.plusDays(20));
        ProcessInstance check = check();

        completeAs("ivan", task("CSA_STAR"), Map.of(Variables.CERTIFICATE_RENEWED.name(), false,
                Variables.RENEWAL_NOTES.name(), "service moves off the cloud in April; certificate no longer needed"));

        assertThat(check).isEnded().hasPassed(RECORD_NOT_RENEWED, END_NOT_RENEWED);
        Certificate lapsed = certificate(CertificateType.CSA_STAR);
        assertThat(lapsed.getRenewalOutcome()).isEqualTo(CertificateRenewal.NOT_RENEWED);
        assertThat(lapsed.getRenewalNotes()).startsWith("service moves off the cloud");
        assertThat(certificates.findByVendorIdOrderByExpiresOn(inUse.getId())).hasSize(1);
    }

    @Test
    void aBadAnswer_isRefused_andTheTaskStaysOpen() {
        fixture.certificate(inUse, CertificateType.ISO_27001, DAY0.plusDays(30));
        ProcessInstance check = check();
        Task task = task("ISO_27001");

        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(Variables.CERTIFICATE_RENEWED.name(), true,
                Variables.NEW_CERTIFICATE_NUMBER.name(), "TW-27001-OLD",
                Variables.NEW_CERTIFICATE_EXPIRES_ON.name(), DAY0.plusDays(10).toString())))
                .satisfies(e -> assertThat(refusal(e)).hasMessageContaining("must expire after the current one (2027-03-31)"));
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(Variables.CERTIFICATE_RENEWED.name(), false)))
                .satisfies(e -> assertThat(refusal(e)).hasMessageContaining("Say why the certificate is not renewed"));

        assertThat(check).isWaitingAt(OBTAIN_RENEWED);
        assertThat(certificates.findByVendorIdOrderByExpiresOn(inUse.getId())).singleElement()
                .satisfies(certificate -> assertThat(certificate.getRenewalOutcome()).isNull());
    }

    /** The refusal a client sees (engine REST answers it with 400). */
    private static BadUserRequestException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused as a bad request", thrown);
    }

    private ProcessInstance check() {
        return runtimeService.createProcessInstanceQuery().processInstanceId(checkId()).singleResult();
    }

    /** Fires the daily timer now; returns the id of the instance it started. */
    private String checkId() {
        List<String> before = checkIds();
        managementService.executeJob(managementService.createJobQuery().processDefinitionKey(CertificateExpiryProcess.KEY)
                .timers().singleResult().getId());
        List<String> started = new ArrayList<>(checkIds());
        started.removeAll(before);
        assertThat(started).hasSize(1);
        return started.get(0);
    }

    private List<String> checkIds() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CertificateExpiryProcess.KEY)
                .list().stream().map(instance -> instance.getId()).toList();
    }

    private void assertEnded(String processInstanceId, String endEvent) {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime()).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }

    private List<Task> renewalTasks() {
        return taskService.createTaskQuery().processDefinitionKey(CertificateExpiryProcess.KEY).list();
    }

    private Task task(String certificateType) {
        return renewalTasks().stream()
                .filter(task -> certificateType.equals(taskService.getVariable(task.getId(),
                        Variables.CERTIFICATE_TYPE.name())))
                .findFirst().orElseThrow();
    }

    private Certificate certificate(CertificateType type) {
        return certificates.findByVendorIdOrderByExpiresOn(inUse.getId()).stream()
                .filter(certificate -> certificate.getType() == type).findFirst().orElseThrow();
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of("infosec"));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(6, 30).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
