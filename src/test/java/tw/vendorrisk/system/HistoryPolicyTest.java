package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.vendorrisk.support.AppTest;

/**
 * The history the engine keeps under {@link HistoryPolicy}: a multi-instance activity's counters stay
 * runtime variables and never reach history, while its element variables and every other variable,
 * with each update, are kept as with history {@code full}.
 */
@AppTest
class HistoryPolicyTest {

    static final String KEY = "history-policy-check";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    String deploymentId;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_ReviewItem")
                    .camundaFormField().camundaId("verdict").camundaType("string").camundaFormFieldDone()
                    .multiInstance().parallel().camundaCollection("${items}").camundaElementVariable("item")
                    .multiInstanceDone()
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void multiInstanceCounters_stayOutOfHistory_whileTheEngineUsesThem() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY,
                Map.of("items", List.of("a", "b", "c"), "reviewer", "ivan"));

        // the engine keeps its counters as runtime variables while the activity runs
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName("nrOfActiveInstances").singleResult().getValue()).isEqualTo(3);
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName("loopCounter").count()).isEqualTo(3);

        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(tasks).hasSize(3);
        taskService.complete(tasks.get(0).getId(), Map.of("verdict", "fine"));
        tasks.subList(1, 3).forEach(task -> taskService.complete(task.getId()));

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).isNotNull();
        List<HistoricVariableInstance> kept = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(kept).extracting(HistoricVariableInstance::getName)
                .containsExactlyInAnyOrder("items", "reviewer", "item", "item", "item", "verdict")
                .doesNotContainAnyElementsOf(HistoryPolicy.MULTI_INSTANCE_COUNTERS);
        assertThat(kept).filteredOn(variable -> variable.getName().equals("item"))
                .extracting(HistoricVariableInstance::getValue).containsExactlyInAnyOrder("a", "b", "c");

        List<HistoricDetail> updates = historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().list();
        assertThat(updates).extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .containsExactlyInAnyOrder("items", "reviewer", "item", "item", "item", "verdict");
    }

    @Test
    void onlyTheCountersVariableEvents_areLeftOut() {
        assertThat(HistoryPolicy.MULTI_INSTANCE_COUNTERS)
                .containsExactlyInAnyOrder("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");
        HistoricVariableUpdateEventEntity counter = new HistoricVariableUpdateEventEntity();
        counter.setVariableName("loopCounter");
        HistoricVariableUpdateEventEntity decision = new HistoricVariableUpdateEventEntity();
        decision.setVariableName("concentrationTooHigh");

        assertThat(HistoryPolicy.DatabaseWithoutCounters.isCounter(counter)).isTrue();
        assertThat(HistoryPolicy.DatabaseWithoutCounters.isCounter(decision)).isFalse();
        assertThat(HistoryPolicy.DatabaseWithoutCounters.isCounter(new HistoricActivityInstanceEventEntity()))
                .isFalse();
    }
}
