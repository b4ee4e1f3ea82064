package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.RequestDraft;
import fr.ensemble.demarches.domain.RequestDraftRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in resident's unsent answers, saved as they fill a form and given back on their next visit, even
 * if the form got a new version meanwhile (answers are kept by field, the new fields start empty).
 */
@Service
public class RequestDrafts {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final RequestDraftRepository drafts;
    private final JsonMapper json;
    private final Clock clock;

    RequestDrafts(RequestDraftRepository drafts, JsonMapper json, Clock clock) {
        this.drafts = drafts;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the answers as they are now; nothing for someone not signed in. */
    @Transactional
    public Optional<Instant> save(Procedure procedure, int formNumber, Map<String, Object> answers) {
        return resident().map(subject -> {
            Instant now = clock.instant();
            String text = json.writeValueAsString(answers);
            var key = new RequestDraft.Key(subject, procedure.getId());
            drafts.findById(key).ifPresentOrElse(draft -> draft.save(formNumber, text, now),
                    () -> drafts.save(new RequestDraft(key, formNumber, text, now)));
            return now;
        });
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(Procedure procedure) {
        return resident().flatMap(subject -> drafts.findById(new RequestDraft.Key(subject, procedure.getId())))
                .map(draft -> new Draft(draft.getFormNumber(), json.readValue(draft.getAnswers(), ANSWERS), draft.getSavedAt()));
    }

    @Transactional
    public void discard(Procedure procedure) {
        resident().ifPresent(subject -> drafts.deleteById(new RequestDraft.Key(subject, procedure.getId())));
    }

    private static Optional<String> resident() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : CommuneAccess.subjectOf(authentication);
    }

    /** Unsent answers, with the form version they were typed against. */
    public record Draft(int formNumber, Map<String, Object> answers, Instant savedAt) {
    }
}
