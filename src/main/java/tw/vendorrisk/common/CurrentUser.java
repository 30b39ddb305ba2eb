package tw.vendorrisk.common;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user of the current {@code /api} request, as authenticated against the Camunda identity
 * service by {@link RestSecurityConfiguration}.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public List<String> groups() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of()
                : authentication.getGroupIds();
    }

    /** Whether the user is in one of the groups (a page offers only what the user may use). */
    public boolean inAnyGroup(java.util.Collection<String> allowed) {
        return allowed.stream().anyMatch(groups()::contains);
    }

    /** Refuses the request with 403 unless the user is in one of the groups. */
    public void requireAnyGroup(String... allowed) {
        List<String> groups = groups();
        if (Arrays.stream(allowed).noneMatch(groups::contains)) {
            throw new ForbiddenException("User '" + id() + "' may not do this; it needs membership of one of "
                    + Arrays.toString(allowed) + ".", "forbidden.groups", id(), Arrays.toString(allowed));
        }
    }
}
