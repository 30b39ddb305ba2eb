package tw.vendorrisk.system;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.form.handler.DelegateTaskFormHandler;
import org.camunda.bpm.engine.impl.form.handler.FormFieldHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a user task's form lets a person set: the keys of the editable fields of its Camunda
 * Form ({@code camunda:formRef}, or {@code camunda:formKey="camunda-forms:deployment:…"}), or the
 * {@code cam-variable-name}s of the editable inputs and the file pickers ({@code vr-file-picker}) of its
 * embedded form ({@code camunda:formKey="embedded:deployment:…"}), or the ids of its generated form
 * ({@code camunda:formField}). Read-only and disabled fields show values and set none. A task without a
 * form has no fields. The fields are read from the deployed form once per
 * parsed task definition: the engine's deployment cache holds the definition, so a redeployed model
 * is read again.
 */
final class TaskFormFields {

    private static final String EMBEDDED_DEPLOYMENT = "embedded:deployment:";
    private static final String CAMUNDA_FORMS_DEPLOYMENT = "camunda-forms:deployment:";
    private static final Set<String> NO_VALUE_COMPONENTS = Set.of("button", "text", "html", "image", "spacer",
            "separator", "iframe", "table", "documentPreview");
    private static final Pattern INPUT = Pattern.compile("<(?:input|select|textarea)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE_NAME = Pattern.compile("\\bcam-variable-name\\s*=\\s*\"([^\"]+)\"");
    /** The shared file picker (Tasklist's {@code vendor-risk/file-picker.js}) writes a file input of this name. */
    private static final Pattern FILE_PICKER = Pattern.compile("\\bvr-file-picker\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern NOT_EDITABLE = Pattern.compile("\\s(?:readonly|disabled)(?:[\\s=/>])",
            Pattern.CASE_INSENSITIVE);

    private static final String NONE = "(none)";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<TaskDefinition, Form> cache = Collections.synchronizedMap(new WeakHashMap<>());

    /** A form: its name as the model references it (for messages) and its editable fields. */
    record Form(String name, Set<String> fields) {
    }

    Form of(TaskEntity task, CommandContext commandContext) {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null) {
            return new Form(NONE, Set.of());
        }
        Form form = cache.get(definition);
        if (form == null) {
            form = read(definition.getFormDefinition(), task.getProcessDefinition().getDeploymentId(), commandContext);
            Set<String> generated = generatedFormFields(definition);
            if (!generated.isEmpty()) {
                Set<String> fields = new TreeSet<>(form.fields());
                fields.addAll(generated);
                form = new Form(form.name().equals(NONE) ? "(generated)" : form.name(), Collections.unmodifiableSet(fields));
            }
            cache.put(definition, form);
        }
        return form;
    }

    private Form read(FormDefinition form, String deploymentId, CommandContext commandContext) {
        Expression formRef = form == null ? null : form.getCamundaFormDefinitionKey();
        if (formRef != null) {
            CamundaFormRefImpl reference = new CamundaFormRefImpl(formRef.getExpressionText(),
                    form.getCamundaFormDefinitionBinding());
            if (form.getCamundaFormDefinitionVersion() != null) {
                reference.setVersion(Integer.valueOf(form.getCamundaFormDefinitionVersion().getExpressionText()));
            }
            CamundaFormDefinition camundaForm = new GetCamundaFormDefinitionCmd(reference, deploymentId)
                    .execute(commandContext);
            if (camundaForm == null) {
                throw new IllegalStateException("The form " + reference + " is not deployed.");
            }
            return new Form(formRef.getExpressionText(), camundaFormFields(resource(commandContext,
                    camundaForm.getDeploymentId(), camundaForm.getResourceName())));
        }
        String formKey = form == null || form.getFormKey() == null ? null : form.getFormKey().getExpressionText();
        if (formKey == null) {
            return new Form(NONE, Set.of());
        }
        if (formKey.startsWith(EMBEDDED_DEPLOYMENT)) {
            String name = formKey.substring(EMBEDDED_DEPLOYMENT.length());
            return new Form(name, embeddedFormFields(resource(commandContext, deploymentId, name)));
        }
        if (formKey.startsWith(CAMUNDA_FORMS_DEPLOYMENT)) {
            String name = formKey.substring(CAMUNDA_FORMS_DEPLOYMENT.length());
            return new Form(name, camundaFormFields(resource(commandContext, deploymentId, name)));
        }
        // a form this application cannot read (an external or app form): it sets nothing
        return new Form(formKey, Set.of());
    }

    private static String resource(CommandContext commandContext, String deploymentId, String name) {
        ResourceEntity resource = commandContext.getResourceManager().findResourceByDeploymentIdAndResourceName(
                deploymentId, name);
        if (resource == null) {
            throw new IllegalStateException("The form " + name + " is not in deployment " + deploymentId + ".");
        }
        return new String(resource.getBytes(), StandardCharsets.UTF_8);
    }

    /** The keys of a Camunda Form's editable fields; a dotted key or a group's path sets its first part. */
    Set<String> camundaFormFields(String schema) {
        try {
            Set<String> fields = new TreeSet<>();
            collect(json.readTree(schema).path("components"), fields);
            return Collections.unmodifiableSet(fields);
        } catch (IOException e) {
            throw new IllegalStateException("A Camunda Form cannot be read: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, Set<String> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("path") && component.has("components")) {
                fields.add(firstPart(component.get("path").asText()));
                continue;
            }
            boolean editable = !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false);
            if (component.hasNonNull("key") && editable
                    && !NO_VALUE_COMPONENTS.contains(component.path("type").asText())) {
                fields.add(firstPart(component.get("key").asText()));
            }
            collect(component.path("components"), fields);
        }
    }

    private static String firstPart(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The {@code cam-variable-name}s of an embedded form's inputs that are neither read-only nor disabled. */
    static Set<String> embeddedFormFields(String html) {
        Set<String> fields = new TreeSet<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Matcher name = VARIABLE_NAME.matcher(input.group());
            if (name.find() && !NOT_EDITABLE.matcher(input.group()).find()) {
                fields.add(name.group(1));
            }
        }
        Matcher picker = FILE_PICKER.matcher(html);
        while (picker.find()) {
            fields.add(picker.group(1));
        }
        return Collections.unmodifiableSet(fields);
    }

    /** The ids of a generated form's fields ({@code camunda:formField}), which the engine keeps unexposed. */
    private static Set<String> generatedFormFields(TaskDefinition definition) {
        Object handler = definition.getTaskFormHandler();
        if (handler instanceof DelegateTaskFormHandler delegate) {
            handler = delegate.getFormHandler();
        }
        if (!(handler instanceof DefaultFormHandler)) {
            return Set.of();
        }
        try {
            Field field = DefaultFormHandler.class.getDeclaredField("formFieldHandlers");
            field.setAccessible(true);
            Set<String> fields = new TreeSet<>();
            for (Object formField : (List<?>) field.get(handler)) {
                fields.add(((FormFieldHandler) formField).getId());
            }
            return fields;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the generated form fields", e);
        }
    }
}
