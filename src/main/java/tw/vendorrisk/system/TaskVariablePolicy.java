package tw.vendorrisk.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Who may set which process variable (docs/security.md, "Trust boundaries"), enforced once in the
 * engine for every caller: engine REST, the webapps' API behind Tasklist, and the Java API.
 * <ul>
 * <li>A user task takes only the fields of its own form ({@link TaskFormFields}): completing it
 * ({@code complete}, {@code submit-form}, {@code resolve}) and setting or removing its variables, local
 * or not, are refused with {@code 400} naming the first other variable. Everything else in a process
 * is written by the application's delegates, so a value that decides something (the grant to activate,
 * the gaps of the clause check) cannot come from a person.</li>
 * <li>No variable may take the name of a Spring bean: expressions resolve variables before beans, so a
 * variable {@code revokeAccess} would replace the delegate {@code ${revokeAccess}}. Every command that
 * sets variables (a start, a message, a signal, a task, an execution or instance) is refused.</li>
 * </ul>
 * A task without a process (created by hand) is not a form and is left alone.
 */
@Component
class TaskVariablePolicy extends AbstractProcessEnginePlugin {

    /** Fields of the engine's commands and builders that hold variables to set. */
    private static final Set<String> VARIABLE_FIELDS = Set.of("variables", "properties", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "localVariables",
            "payloadProcessInstanceVariables", "payloadProcessInstanceVariablesLocal",
            "payloadProcessInstanceVariablesToTriggeredScope");
    /** Fields of the engine's commands that hold a builder with the variables. */
    private static final Set<String> BUILDER_FIELDS = Set.of("builder", "instantiationBuilder", "modificationBuilder");

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (VARIABLE_FIELDS.contains(field.getName()) && Map.class.isAssignableFrom(field.getType())
                            || BUILDER_FIELDS.contains(field.getName())
                            || field.getName().equals("deletions") && AbstractPatchVariablesCmd.class.isAssignableFrom(type)
                            || field.getName().equals("variableNames")
                                    && AbstractRemoveVariableCmd.class.isAssignableFrom(type)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return fields;
        }
    };

    private final ConfigurableListableBeanFactory beans;
    private final TaskFormFields forms = new TaskFormFields();
    private volatile Set<String> beanNames;

    TaskVariablePolicy(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new Check());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    final class Check extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command.getClass().getName().startsWith("org.camunda.bpm.engine.impl.cmd.")) {
                Collection<String> names = variableNames(command, 0);
                if (!names.isEmpty()) {
                    refuseBeanNames(names);
                    String taskId = taskId(command);
                    if (taskId != null) {
                        refuseFieldsOutsideTheForm(taskId, names);
                    }
                }
            }
            return next.execute(command);
        }
    }

    private void refuseBeanNames(Collection<String> names) {
        Set<String> known = beanNames();
        for (String name : names) {
            if (known.contains(name)) {
                throw new BadUserRequestException("Variable '" + name + "' has the name of an application bean that "
                        + "the process models call (${" + name + "}), which a variable would hide; no variable may "
                        + "take that name (變數名稱不得與應用程式元件相同).");
            }
        }
    }

    private void refuseFieldsOutsideTheForm(String taskId, Collection<String> names) {
        CommandContext commandContext = Context.getCommandContext();
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // the command itself answers for a missing task; a task without a process has no form
        }
        TaskFormFields.Form form = forms.of(task, commandContext);
        for (String name : names) {
            if (!form.fields().contains(name)) {
                throw new BadUserRequestException("Variable '" + name + "' is not a field of the form '" + form.name()
                        + "' of task '" + task.getName() + "' (" + task.getTaskDefinitionKey() + "): a task sets only "
                        + "its own form's fields (此欄位不屬於本任務表單)"
                        + (form.fields().isEmpty() ? ", and it has none." : ": " + String.join(", ", form.fields()) + "."));
            }
        }
    }

    private static String taskId(Command<?> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            return (String) CommandFields.value(command, "taskId");
        }
        if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
                || command instanceof RemoveTaskVariablesCmd) {
            return (String) CommandFields.value(command, "entityId");
        }
        return null;
    }

    /** The names of the variables a command sets or removes, including those in its builder. */
    private static Collection<String> variableNames(Object target, int depth) {
        Collection<String> names = new TreeSet<>();
        for (Field field : FIELDS.get(target.getClass())) {
            Object value = get(field, target);
            if (value instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> names.add(String.valueOf(key)));
            } else if (value instanceof Collection<?> collection && !BUILDER_FIELDS.contains(field.getName())) {
                collection.forEach(name -> names.add(String.valueOf(name)));
            } else if (value != null && depth < 2 && BUILDER_FIELDS.contains(field.getName())) {
                names.addAll(variableNames(value, depth + 1));
            }
        }
        return names;
    }

    private Set<String> beanNames() {
        Set<String> names = beanNames;
        if (names == null) {
            names = new TreeSet<>(List.of(beans.getBeanDefinitionNames()));
            names.addAll(List.of(beans.getSingletonNames()));
            beanNames = names;
        }
        return names;
    }

    private static Object get(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
