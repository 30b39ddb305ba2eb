package tw.vendorrisk.common;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A step a process takes on its own account once an authorized person has decided it: ending a
 * contract stops every process of the contract (which the person who decided may not be allowed to
 * touch), a decided amendment starts contract signing. Inside a delegate, runs the action with the
 * engine's authorization checks off for the current command; the user stays authenticated, so the
 * register still records who acted. Outside a command it just runs the action.
 */
public final class ProcessAuthority {

    private ProcessAuthority() {
    }

    public static <T> T call(Supplier<T> action) {
        CommandContext context = Context.getCommandContext();
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return action.get();
        }
        context.disableAuthorizationCheck();
        try {
            return action.get();
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
