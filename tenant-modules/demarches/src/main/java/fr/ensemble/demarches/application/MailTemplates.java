package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.mail.MailKind;
import fr.ensemble.demarches.domain.mail.MailTemplate;
import fr.ensemble.demarches.domain.mail.MailTemplateRepository;
import fr.ensemble.demarches.domain.mail.MailText;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current commune's wording of the e-mails about requests, changed by its admins; the defaults otherwise. */
@Service
public class MailTemplates {

    private final MailTemplateRepository templates;
    private final Clock clock;

    MailTemplates(MailTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** The wording in use for that kind: the commune's own, or the default. */
    @Transactional(readOnly = true)
    public Wording wording(MailKind kind) {
        return templates.findById(kind).map(own -> new Wording(kind, own.getSubject(), own.getBody(), true))
                .orElseGet(() -> new Wording(kind, kind.defaultSubject(), kind.defaultBody(), false));
    }

    /** @throws RequestRefusedException with the problems in French (unknown placeholders, empty texts) */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
    public void change(MailKind kind, String subject, String body) {
        List<String> problems = MailText.problems(kind, subject, body);
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems.stream().map(problem -> new FieldError("", problem)).toList());
        }
        String admin = CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
        templates.findById(kind).ifPresentOrElse(own -> own.change(subject, body, clock.instant(), admin),
                () -> templates.save(new MailTemplate(kind, subject, body, clock.instant(), admin)));
    }

    /** Back to the platform's wording. */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
    public void reset(MailKind kind) {
        templates.deleteById(kind);
    }

    /** @param own whether the commune wrote it (false: the platform's default) */
    public record Wording(MailKind kind, String subject, String body, boolean own) {
    }
}
