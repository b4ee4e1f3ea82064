package fr.ensemble.demarches.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.ensemble.core.tenancy.TenantContext;

import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureFormRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormDefinitions;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's published procedures, most used first, and the form a new request is filed with. */
@Service
public class Catalogue {

    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;
    /** Published versions as parsed, by tenant, procedure and number: a published version never changes. */
    private final Cache<FormKey, FormDefinition> parsed = Caffeine.newBuilder().maximumSize(5_000).build();

    Catalogue(ProcedureRepository procedures, ProcedureFormRepository forms) {
        this.procedures = procedures;
        this.forms = forms;
    }

    /** @param search words that must all appear in the title, summary or heading, accents and case ignored */
    @Transactional(readOnly = true)
    public List<Procedure> published(String search) {
        List<String> words = search == null ? List.of() : List.of(fold(search).split("\\s+"));
        return procedures.findByPublishedTrueOrderByRequestsFiledDescTitleAsc().stream()
                .filter(procedure -> {
                    String text = fold(procedure.getTitle() + " " + procedure.getSummary() + " "
                            + procedure.getCategory().label());
                    return words.stream().allMatch(text::contains);
                }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Procedure> find(String slug) {
        return procedures.findBySlug(slug).filter(Procedure::isPublished);
    }

    /** The latest published version of the procedure's form, with its number. */
    @Transactional(readOnly = true)
    public Optional<CurrentForm> currentForm(Procedure procedure) {
        String tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("A form is read in a tenant"));
        return forms.findCurrent(procedure.getId()).map(form -> new CurrentForm(form.getNumber(), parsed.get(
                new FormKey(tenant, procedure.getId(), form.getNumber()), key -> FormDefinitions.fromJson(form.getDefinition()))));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH).strip();
    }

    /** A form version ready to fill. */
    public record CurrentForm(int number, FormDefinition definition) {
    }

    private record FormKey(String tenant, long procedureId, int number) {
    }
}
