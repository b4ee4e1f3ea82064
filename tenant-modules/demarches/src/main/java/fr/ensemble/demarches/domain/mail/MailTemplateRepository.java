package fr.ensemble.demarches.domain.mail;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's own e-mail wordings. */
public interface MailTemplateRepository extends JpaRepository<MailTemplate, MailKind> {
}
