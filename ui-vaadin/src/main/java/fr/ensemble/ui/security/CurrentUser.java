package fr.ensemble.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** The person logged in to the current UI, as views need them. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<OidcUser> get() {
        return authentication.getAuthenticatedUser(OidcUser.class);
    }

    public OidcUser require() {
        return get().orElseThrow(() -> new IllegalStateException("This view is reached only when logged in"));
    }

    public String displayName() {
        return get().map(user -> user.getFullName() != null ? user.getFullName() : user.getPreferredUsername()).orElse("");
    }

    public void logout() {
        authentication.logout();
    }
}
