package tw.vendorrisk.system;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in user's Camunda groups as Spring Security authorities ({@code GROUP_procurement}), and back.
 * Whatever checks the password (the identity service, Active Directory, an OIDC provider), the groups
 * are the user's groups in Camunda's identity service: they decide the engine's authorizations.
 */
final class GroupAuthorities {

    static final String PREFIX = "GROUP_";

    private GroupAuthorities() {
    }

    static List<GrantedAuthority> of(Collection<String> groupIds) {
        return groupIds.stream().sorted().<GrantedAuthority>map(id -> new SimpleGrantedAuthority(PREFIX + id)).toList();
    }

    static List<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(PREFIX))
                .map(authority -> authority.substring(PREFIX.length())).sorted().toList();
    }
}
