package tw.vendorrisk.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where each obligation lives in the models: every BPMN element (and process) that names it in its
 * {@code obligation} extension property, and every DMN rule that names it in its {@code obligation}
 * output or at the start of its description. Read from the same model files the application deploys.
 */
public final class Traceability {

    public static final String PROPERTY = "obligation";

    private static final Pattern LEADING_IDS = Pattern.compile("^\\s*((?:\\d+(?:\\.[0-9a-z]+)*)(?:\\s*[,/]\\s*\\d+(?:\\.[0-9a-z]+)*)*)\\s*[:：]");

    /** One model element citing one obligation ID. */
    public record Citation(String obligationId, String model, String owner, String elementId, String elementName,
            String elementType, String form) {
    }

    private Traceability() {
    }

    /** The citations of every model on the classpath ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn}). */
    public static List<Citation> fromClasspath() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Citation> citations = new ArrayList<>();
        try {
            for (String pattern : List.of("classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn")) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
                for (Resource resource : resources) {
                    try (InputStream in = resource.getInputStream()) {
                        byte[] content = in.readAllBytes();
                        String name = "bpmn/" + resource.getFilename();
                        citations.addAll(name.endsWith(".bpmn") ? ofBpmn(name, content) : ofDmn(name, content));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return citations;
    }

    static List<Citation> ofBpmn(String resource, byte[] content) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        List<Citation> citations = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            for (String id : ids(process)) {
                citations.add(new Citation(id, resource, process.getId(), process.getId(), process.getName(),
                        "process", null));
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            List<String> ids = ids(element);
            if (ids.isEmpty()) {
                continue;
            }
            String owner = processOf(element);
            for (String id : ids) {
                citations.add(new Citation(id, resource, owner, element.getId(), element.getName(),
                        element.getElementType().getTypeName(), formOf(element)));
            }
        }
        return citations;
    }

    static List<Citation> ofDmn(String resource, byte[] content) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        List<Citation> citations = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
                List<Output> outputs = new ArrayList<>(table.getOutputs());
                int obligationColumn = -1;
                for (int i = 0; i < outputs.size(); i++) {
                    if (PROPERTY.equals(outputs.get(i).getName())) {
                        obligationColumn = i;
                    }
                }
                for (Rule rule : table.getRules()) {
                    List<String> ids = new ArrayList<>();
                    if (obligationColumn >= 0) {
                        OutputEntry entry = new ArrayList<>(rule.getOutputEntries()).get(obligationColumn);
                        ids.addAll(split(entry.getTextContent().replace("\"", "")));
                    }
                    if (ids.isEmpty() && rule.getDescription() != null) {
                        Matcher leading = LEADING_IDS.matcher(rule.getDescription().getTextContent());
                        if (leading.find()) {
                            ids.addAll(split(leading.group(1).replace('/', ',')));
                        }
                    }
                    String name = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
                    for (String id : ids) {
                        citations.add(new Citation(id, resource, decision.getId(), rule.getId(), name, "rule", null));
                    }
                }
            }
        }
        return citations;
    }

    private static List<String> ids(BaseElement element) {
        List<String> ids = new ArrayList<>();
        if (element.getExtensionElements() == null) {
            return ids;
        }
        for (CamundaProperties properties : element.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (PROPERTY.equals(property.getCamundaName())) {
                    ids.addAll(split(property.getCamundaValue()));
                }
            }
        }
        return ids;
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    private static String processOf(FlowElement element) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = element.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return parent == null ? null : ((Process) parent).getId();
    }

    private static String formOf(FlowElement element) {
        String formRef = null;
        String formKey = null;
        if (element instanceof UserTask task) {
            formRef = task.getCamundaFormRef();
            formKey = task.getCamundaFormKey();
        } else if (element instanceof StartEvent start) {
            formRef = start.getCamundaFormRef();
            formKey = start.getCamundaFormKey();
        }
        if (formRef != null) {
            return "forms/" + formRef + ".form";
        }
        if (formKey != null && formKey.startsWith("embedded:deployment:")) {
            return formKey.substring("embedded:deployment:".length());
        }
        return null;
    }
}
