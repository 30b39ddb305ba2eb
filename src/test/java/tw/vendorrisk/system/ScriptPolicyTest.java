package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.support.AppTest;

/**
 * Script engines limited to what the models need, which is none: a model with a script in any language
 * is refused at deployment, naming the element; a script that reached the engine some other way finds no
 * script engine; the application's own models and decision tables deploy and run as before.
 */
@AppTest
class ScriptPolicyTest {

    @Autowired RepositoryService repositoryService;
    @Autowired ProcessEngineConfiguration configuration;

    static final String BPMN_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"d\" targetNamespace=\"t\">"
            + "<bpmn:process id=\"scripted\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">";
    static final String BPMN_TAIL = "</bpmn:process></bpmn:definitions>";

    @Test
    void theApplicationsOwnModels_areDeployed() {
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
                .extracting(ProcessDefinition::getKey).contains(VendorSelectionProcess.KEY, ContractSigningProcess.KEY);
        assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().count()).isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"groovy", "javascript", "juel", "feel", "python"})
    void aScriptTask_isRefusedAtDeployment(String language) {
        String model = BPMN_HEAD + "<bpmn:startEvent id=\"Start\"/><bpmn:sequenceFlow id=\"f1\" sourceRef=\"Start\""
                + " targetRef=\"Task_Script\"/><bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"" + language + "\">"
                + "<bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>" + BPMN_TAIL;

        assertRefused("scripted.bpmn", model, language, "Task_Script");
    }

    @Test
    void aScriptInAListenerAConditionOrAnInputMapping_isRefused() {
        assertRefused("listener.bpmn", BPMN_HEAD + "<bpmn:startEvent id=\"Start\"><bpmn:extensionElements>"
                + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">x</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements></bpmn:startEvent>" + BPMN_TAIL, "groovy", "Start");
        assertRefused("condition.bpmn", BPMN_HEAD + "<bpmn:startEvent id=\"Start\"/><bpmn:endEvent id=\"End\"/>"
                + "<bpmn:sequenceFlow id=\"Flow_Scripted\" sourceRef=\"Start\" targetRef=\"End\">"
                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow>" + BPMN_TAIL, "javascript", "Flow_Scripted");
        assertRefused("mapping.bpmn", BPMN_HEAD + "<bpmn:startEvent id=\"Start\"/><bpmn:task id=\"Task_Mapped\">"
                + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
                + "<camunda:script scriptFormat=\"python\" resource=\"deployment://x.py\"/></camunda:inputParameter>"
                + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>" + BPMN_TAIL, "python", "Task_Mapped");
    }

    @Test
    void aDecisionTableWithAScriptExpression_isRefused_whileFeelAndJuelPass() {
        String table = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\""
                + " namespace=\"t\"><decision id=\"scripted\" name=\"s\"><decisionTable id=\"t1\">"
                + "<input id=\"i1\"><inputExpression id=\"Input_Amount\" typeRef=\"integer\" expressionLanguage=\"%s\">"
                + "<text>amount</text></inputExpression></input><output id=\"o1\" name=\"ok\" typeRef=\"boolean\"/>"
                + "<rule id=\"r1\"><inputEntry id=\"e1\"><text>&gt; 1</text></inputEntry>"
                + "<outputEntry id=\"oe1\"><text>true</text></outputEntry></rule></decisionTable></decision></definitions>";

        assertRefused("scripted.dmn", table.formatted("javascript"), "javascript", "Input_Amount");
        for (String language : new String[] {"feel", "juel", "https://www.omg.org/spec/DMN/20191111/FEEL/"}) {
            assertThat(repositoryService.createDeployment().name("allowed-" + language)
                    .addString("allowed.dmn", table.formatted(language)).deploy()).as(language).isNotNull();
        }
    }

    @Test
    void aScriptThatReachedTheEngine_findsNoScriptEngine() {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
        for (String language : new String[] {"juel", "feel", "groovy", "javascript"}) {
            assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context ->
                    engine.getScriptingEngines().getScriptEngineForLanguage(language)))
                    .as(language).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Script language '" + language + "'").hasMessageContaining("not allowed");
        }
    }

    @Test
    void anAllowedLanguage_resolvesItsEngine() {
        ScriptPolicy.AllowedLanguages resolver = new ScriptPolicy.AllowedLanguages(
                new DefaultScriptEngineResolver(new ScriptEngineManager()), Set.of("juel"));

        assertThat(resolver.getScriptEngine("juel", false)).isNotNull();
        assertThatThrownBy(() -> resolver.getScriptEngine("feel", false)).hasMessageContaining("allowed script "
                + "languages: juel");
    }

    private void assertRefused(String resourceName, String model, String language, String elementId) {
        assertThatThrownBy(() -> repositoryService.createDeployment().name(resourceName).addString(resourceName, model)
                .deploy())
                .as(resourceName)
                .hasMessageContaining("Script language '" + language + "' in " + resourceName + " (element " + elementId
                        + ") is not allowed");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(resourceName).count()).isZero();
    }
}
