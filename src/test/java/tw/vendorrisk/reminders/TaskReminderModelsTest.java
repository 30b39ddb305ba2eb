package tw.vendorrisk.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;

import tw.vendorrisk.certificates.CertificateExpiryProcess;

/**
 * The daily models: every element names its obligations, IDs are the ones the constants classes
 * use, and each reminder mail is its own retried job.
 */
class TaskReminderModelsTest {

    @Test
    void everyElementOfBothModels_carriesItsObligations() {
        assertObligations(TaskRemindersProcess.RESOURCE, TaskRemindersProcess.KEY, "4.2.2,4.2.3,10.3,12.1,12.2");
        assertObligations(CertificateExpiryProcess.RESOURCE, CertificateExpiryProcess.KEY, "4.2.2,4.2.3");
    }

    @Test
    void eachReminderMail_isItsOwnJob_triedThreeTimesTenMinutesApart() {
        BpmnModelInstance model = read(TaskRemindersProcess.RESOURCE);
        FlowNode send = model.getModelElementById(TaskRemindersProcess.Elements.SEND_REMINDER);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) send
                .getUniqueChildElementByType(MultiInstanceLoopCharacteristics.class);
        assertThat(loop.isCamundaAsyncBefore()).isTrue();
        assertThat(loop.getCamundaCollection()).isEqualTo("${" + TaskRemindersProcess.Variables.REMINDER_IDS + "}");
        assertThat(loop.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R3/PT10M");
    }

    private static void assertObligations(String resource, String key, String obligations) {
        BpmnModelInstance model = read(resource);
        assertThat(model.getModelElementsByType(Process.class)).singleElement()
                .satisfies(process -> assertThat(process.getId()).isEqualTo(key));
        assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty().allSatisfy(node -> {
            assertThat(node.getId()).as("meaningful ID").matches("(StartEvent|EndEvent|Task|Gateway|SubProcess)_[A-Za-z]+");
            assertThat(node.getExtensionElements()).as(node.getId()).isNotNull();
            assertThat(node.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                    .getCamundaProperties()).as(node.getId())
                    .anySatisfy(property -> {
                        assertThat(property.getCamundaName()).isEqualTo("obligation");
                        assertThat(property.getCamundaValue()).isEqualTo(obligations);
                    });
        });
    }

    private static BpmnModelInstance read(String resource) {
        return Bpmn.readModelFromFile(new File(resource));
    }
}
