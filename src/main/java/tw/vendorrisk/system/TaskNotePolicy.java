package tw.vendorrisk.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.ForbiddenException;

/**
 * Who may add a comment or an attachment to a task, or change or delete one of its attachments: who
 * may work on the task, as the application's task authorization defines it (docs/security.md,
 * "Trust boundaries"): its candidate group or its assignee ({@code TASK_WORK}, see {@link AccessSetup}),
 * and administrators. Camunda checks no right for these commands, so anyone who could find a task
 * (process owners and managers read every task's history) could write to it. A comment or an attachment
 * on a process instance, or on a task that has ended, needs the right to change the instance
 * ({@code UPDATE}), and administrators only once the instance has ended too.
 * <p>
 * Checked once, in the engine, for every caller: engine REST, the webapps' API behind Tasklist and
 * the Java API. A refusal is a {@link ForbiddenException}, {@code 403} over REST: engine REST turns the
 * engine's own {@code AuthorizationException} into {@code 400} or {@code 404} for these commands
 * ({@link EngineRestConfiguration}). The application itself, with no user, is not limited.
 * <p>
 * The commands are recognised by their classes ({@link AddCommentCmd}, {@link CreateAttachmentCmd},
 * {@link DeleteAttachmentCmd}, {@link SaveAttachmentCmd}) and read through their fields, which are the
 * engine's internals: a move to another engine (Operaton) must check them again, and so must an upgrade
 * that adds another command writing comments or attachments. Deleting and changing a comment are
 * checked by Camunda itself ({@code TASK_WORK}).
 */
@Component
class TaskNotePolicy extends AbstractProcessEnginePlugin {

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
            if (command instanceof AddCommentCmd) {
                check("add a comment to", (String) CommandFields.value(command, "taskId"),
                        (String) CommandFields.value(command, "processInstanceId"));
            } else if (command instanceof CreateAttachmentCmd) {
                check("add an attachment to", (String) CommandFields.value(command, "taskId"),
                        (String) CommandFields.value(command, "processInstanceId"));
            } else if (command instanceof DeleteAttachmentCmd) {
                checkAttachment("delete an attachment of", (String) CommandFields.value(command, "attachmentId"));
            } else if (command instanceof SaveAttachmentCmd) {
                Attachment attachment = (Attachment) CommandFields.value(command, "attachment");
                checkAttachment("change an attachment of", attachment == null ? null : attachment.getId());
            }
            return next.execute(command);
        }
    }

    private static void checkAttachment(String action, String attachmentId) {
        AttachmentEntity stored = attachmentId == null ? null : Context.getCommandContext().getDbEntityManager()
                .selectById(AttachmentEntity.class, attachmentId);
        if (stored != null) { // the command itself answers for an attachment that does not exist
            check(action, stored.getTaskId(), stored.getProcessInstanceId());
        }
    }

    private static void check(String action, String taskId, String processInstanceId) {
        CommandContext commandContext = Context.getCommandContext();
        List<CommandChecker> checkers = commandContext.getProcessEngineConfiguration().getCommandCheckers();
        TaskEntity task = taskId == null ? null : commandContext.getTaskManager().findTaskById(taskId);
        try {
            if (task != null) {
                checkers.forEach(checker -> checker.checkTaskWork(task));
            } else if (processInstanceId != null
                    && commandContext.getExecutionManager().findExecutionById(processInstanceId) != null) {
                checkers.forEach(checker -> checker.checkUpdateProcessInstanceById(processInstanceId));
            } else {
                commandContext.getAuthorizationManager().checkCamundaAdmin();
            }
        } catch (AuthorizationException refused) {
            String what = task != null ? "task '" + task.getName() + "' (" + task.getId() + ")"
                    : taskId != null ? "task " + taskId : "process instance " + processInstanceId;
            throw new ForbiddenException("User '" + commandContext.getAuthenticatedUserId() + "' may not " + action
                    + " " + what + ": only who works on a task (its candidate group or assignee) adds comments and "
                    + "attachments to it or deletes them (僅任務所屬群組可新增留言或附件). " + refused.getMessage());
        }
    }
}
