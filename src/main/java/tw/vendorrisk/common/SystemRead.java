package tw.vendorrisk.common;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads from the engine as the system: the caller's authentication is cleared for the work and put
 * back afterwards, and Camunda checks no authorization when no user is authenticated. Only for reads
 * whose result the caller may already see another way (the register, a task they may see); the
 * callers say why.
 */
@Component
public class SystemRead {

    private final IdentityService identityService;

    SystemRead(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
