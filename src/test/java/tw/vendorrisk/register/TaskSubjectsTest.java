package tw.vendorrisk.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.access.VendorAccessProcess;
import tw.vendorrisk.common.TaskNames;
import tw.vendorrisk.support.AppTest;
import tw.vendorrisk.support.RegisterFixture;

/** A task in the Tasklist names the vendor and the service it is about, from the register. */
@AppTest
class TaskSubjectsTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RegisterFixture fixture;

    Contract acme;
    Contract hengan;

    @BeforeEach
    void setUp() {
        fixture.reset();
        LocalDate today = LocalDate.now();
        acme = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_A, "艾克米科技 Acme", null),
                today.minusMonths(1), today.plusMonths(6), SlaReportFrequency.QUARTERLY, false);
        hengan = fixture.signedContract(fixture.vendor(RegisterFixture.TAX_ID_B, "恆安資訊 Hengan", null),
                today.minusMonths(1), today.plusMonths(6), SlaReportFrequency.QUARTERLY, false);
    }

    @Test
    void twoTasksOfOneStep_nameTheirOwnVendorAndService() {
        String first = requestAccess(acme);
        String second = requestAccess(hengan);

        assertThat(taskOf(first).getName()).isEqualTo("告知廠商資安規定 Tell the vendor the security rules — "
                + "艾克米科技 Acme · Maintenance by 艾克米科技 Acme");
        assertThat(taskOf(second).getName()).isEqualTo("告知廠商資安規定 Tell the vendor the security rules — "
                + "恆安資訊 Hengan · Maintenance by 恆安資訊 Hengan");
        assertThat(TaskNames.step(taskOf(first).getName())).isEqualTo("告知廠商資安規定 Tell the vendor the security rules");
    }

    @Test
    void aTaskWithoutAVendorInItsProcess_keepsTheModelsName() {
        String instance = runtimeService.createProcessInstanceByKey(VendorAccessProcess.KEY)
                .setVariables(Map.of(VendorAccessProcess.Variables.CONTRACT_ID.name(), 999_999L,
                        VendorAccessProcess.Variables.PERSON_NAME.name(), "Chen",
                        VendorAccessProcess.Variables.REQUESTED_UNTIL.name(), LocalDate.now().plusDays(7).toString()))
                .startBeforeActivity(VendorAccessProcess.Elements.BRIEF_SECURITY_RULES).execute().getId();

        assertThat(taskOf(instance).getName()).isEqualTo("告知廠商資安規定 Tell the vendor the security rules");
    }

    @Test
    void aLongNameIsCutToWhatTheEngineKeeps() {
        String named = TaskNames.withSubject("Step", TaskNames.subject("V".repeat(300), "S"));

        assertThat(named).hasSize(255).startsWith("Step — VVV").endsWith("…");
        assertThat(TaskNames.subject("Acme", "x".repeat(100))).hasSize("Acme · ".length() + 60);
        assertThat(TaskNames.withSubject(named, "Other")).isEqualTo("Step — Other");
    }

    String requestAccess(Contract contract) {
        return runtimeService.createProcessInstanceByKey(VendorAccessProcess.KEY)
                .setVariables(Map.of(VendorAccessProcess.Variables.CONTRACT_ID.name(), contract.getId(),
                        VendorAccessProcess.Variables.PERSON_NAME.name(), "陳工程師 Engineer Chen",
                        VendorAccessProcess.Variables.REQUESTED_UNTIL.name(), LocalDate.now().plusDays(7).toString()))
                .startBeforeActivity(VendorAccessProcess.Elements.BRIEF_SECURITY_RULES).execute().getId();
    }

    Task taskOf(String processInstanceId) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
