package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureForm;
import fr.ensemble.demarches.domain.ProcedureFormRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormDefinitions;
import fr.ensemble.demarches.domain.form.FormVersion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form builder of the current tenant's {@code admin} agents: each procedure has at most one draft, made
 * from its published version; publishing the draft makes it the version new requests are filed with, and
 * leaves the requests already filed with their own.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
public class FormBuilder {

    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;
    private final Clock clock;

    FormBuilder(ProcedureRepository procedures, ProcedureFormRepository forms, Clock clock) {
        this.procedures = procedures;
        this.forms = forms;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Procedure> procedures() {
        return procedures.findAll().stream().sorted((a, b) -> a.getTitle().compareToIgnoreCase(b.getTitle())).toList();
    }

    /** The draft to edit: the unpublished latest version, or a new one copied from the published version. */
    @Transactional(readOnly = true)
    public FormVersion draft(Procedure procedure) {
        return latest(procedure).map(version -> version.isPublished()
                ? new FormVersion(version.number() + 1, version.definition(), null) : version)
                .orElseGet(() -> new FormVersion(1, new FormDefinition(List.of()), null));
    }

    @Transactional
    public FormVersion saveDraft(Procedure procedure, FormDefinition definition) {
        FormVersion draft = draft(procedure).revise(definition);
        store(procedure, draft);
        return draft;
    }

    /** @return what keeps the draft from being published, in French; empty once it is published */
    @Transactional
    public List<String> publish(Procedure procedure) {
        Optional<FormVersion> latest = latest(procedure);
        if (latest.isPresent() && latest.get().isPublished()) {
            return List.of("Aucune modification à publier : la version " + latest.get().number() + " est déjà en ligne.");
        }
        FormVersion draft = draft(procedure);
        if (draft.definition().allFields().isEmpty()) {
            return List.of("Le formulaire n'a encore aucun champ.");
        }
        List<String> problems = FormDefinitions.check(draft.definition());
        if (problems.isEmpty()) {
            store(procedure, draft.publish(clock.instant()));
        }
        return problems;
    }

    private void store(Procedure procedure, FormVersion version) {
        String json = FormDefinitions.toJson(version.definition());
        forms.findById(new ProcedureForm.Key(procedure.getId(), version.number())).ifPresentOrElse(
                form -> form.update(json, version.publishedAt()),
                () -> forms.save(new ProcedureForm(procedure.getId(), version.number(), json, version.publishedAt())));
    }

    private Optional<FormVersion> latest(Procedure procedure) {
        return forms.findLatest(procedure.getId()).map(form -> new FormVersion(form.getNumber(),
                FormDefinitions.fromJson(form.getDefinition()), form.getPublishedAt()));
    }
}
