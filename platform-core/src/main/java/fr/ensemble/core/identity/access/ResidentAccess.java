package fr.ensemble.core.identity.access;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/** A resident acts on their own account only. */
@Service
public class ResidentAccess {

    public boolean isSelf(Authentication authentication, String subject) {
        return authentication != null && authentication.isAuthenticated() && subject != null
                && CommuneAccess.subjectOf(authentication).filter(subject::equals).isPresent();
    }
}
