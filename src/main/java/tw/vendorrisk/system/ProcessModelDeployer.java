package tw.vendorrisk.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models with stable resource names ({@code bpmn/vendor-selection.bpmn},
 * {@code forms/record-nda.form}), whatever way the application runs (Maven, fat jar, tests).
 * <ul>
 * <li>one deployment per process, named by its key, holding the BPMN and the forms it references
 * (so {@code formRefBinding="deployment"} finds them);</li>
 * <li>one deployment {@code decisions} with every DMN table.</li>
 * </ul>
 * Duplicate filtering makes a restart with unchanged models deploy nothing; a changed model
 * redeploys its own group only.
 */
@Component
public class ProcessModelDeployer implements SmartInitializingSingleton {

    public static final String SOURCE = "vendor-risk";
    public static final String DECISIONS_DEPLOYMENT = "decisions";

    private static final String EMBEDDED_DEPLOYMENT = "embedded:deployment:";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployer.class);

    private final RepositoryService repositoryService;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ProcessModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deployAll();
    }

    /** Deploys what changed; returns the deployments made (empty when nothing changed). */
    public List<Deployment> deployAll() {
        List<Deployment> deployed = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> group : deploymentGroups().entrySet()) {
            DeploymentBuilder builder = repositoryService.createDeployment()
                    .name(group.getKey())
                    .source(SOURCE)
                    .enableDuplicateFiltering(false);
            group.getValue().forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
            Deployment before = latest(group.getKey());
            Deployment after = builder.deploy();
            if (before == null || !before.getId().equals(after.getId())) {
                LOG.info("Deployed '{}' with {} resources", group.getKey(), group.getValue().size());
                deployed.add(after);
            }
        }
        return deployed;
    }

    private Deployment latest(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
    }

    /** Deployment name → resource name → content. */
    Map<String, Map<String, byte[]>> deploymentGroups() {
        Map<String, Map<String, byte[]>> groups = new LinkedHashMap<>();
        Map<String, byte[]> forms = read("forms", "form");
        forms.putAll(read("forms", "html"));
        for (Map.Entry<String, byte[]> model : read("bpmn", "bpmn").entrySet()) {
            BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getValue()));
            Map<String, byte[]> resources = new LinkedHashMap<>();
            resources.put(model.getKey(), model.getValue());
            for (String formResource : formResources(instance)) {
                byte[] form = forms.get(formResource);
                if (form == null) {
                    throw new IllegalStateException(model.getKey() + " references the form " + formResource
                            + ", which does not exist.");
                }
                resources.put(formResource, form);
            }
            groups.put(processKey(model.getKey(), instance), resources);
        }
        Map<String, byte[]> decisions = read("bpmn", "dmn");
        if (!decisions.isEmpty()) {
            groups.put(DECISIONS_DEPLOYMENT, decisions);
        }
        return groups;
    }

    private static String processKey(String resourceName, BpmnModelInstance instance) {
        return instance.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .map(Process::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(resourceName + " has no executable process."));
    }

    /**
     * The form resources a model uses: Camunda Forms by {@code camunda:formRef} (forms/ID.form) and
     * embedded forms by {@code camunda:formKey="embedded:deployment:forms/NAME.html"}.
     */
    private static TreeSet<String> formResources(BpmnModelInstance instance) {
        TreeSet<String> resources = new TreeSet<>();
        instance.getModelElementsByType(UserTask.class)
                .forEach(task -> addForm(resources, task.getCamundaFormRef(), task.getCamundaFormKey()));
        instance.getModelElementsByType(StartEvent.class)
                .forEach(start -> addForm(resources, start.getCamundaFormRef(), start.getCamundaFormKey()));
        return resources;
    }

    private static void addForm(TreeSet<String> resources, String formRef, String formKey) {
        if (formRef != null && !formRef.isBlank()) {
            resources.add("forms/" + formRef + ".form");
        }
        if (formKey != null && formKey.startsWith(EMBEDDED_DEPLOYMENT)) {
            resources.add(formKey.substring(EMBEDDED_DEPLOYMENT.length()));
        }
    }

    /** Resources {@code folder/*.ending} on the classpath, by stable name {@code folder/file.ending}, sorted. */
    private Map<String, byte[]> read(String folder, String ending) {
        try {
            Resource[] resources = resolver.getResources("classpath*:" + folder + "/*." + ending);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            Map<String, byte[]> byName = new LinkedHashMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    byName.putIfAbsent(folder + "/" + resource.getFilename(), in.readAllBytes());
                }
            }
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + "/*." + ending + " from the classpath", e);
        }
    }
}
