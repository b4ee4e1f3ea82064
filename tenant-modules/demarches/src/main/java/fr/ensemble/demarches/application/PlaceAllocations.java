package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Candidate;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation.Decision;
import fr.ensemble.demarches.domain.form.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allocation of limited places (the youth stays) by the commune's {@code instructeur} agents: for each option,
 * its places, those taken, and the ranked list; allocating moves the best requests to the place status and the
 * others to the waiting list through the workflow, so that residents are told by e-mail and the history keeps it.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'instructeur')")
public class PlaceAllocations {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final Catalogue catalogue;
    private final RequestRepository requests;
    private final Instruction instruction;
    private final JsonMapper json;

    PlaceAllocations(Catalogue catalogue, RequestRepository requests, Instruction instruction, JsonMapper json) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.instruction = instruction;
        this.json = json;
    }

    /** What the allocation would do now, option by option, in the order of the form's choices. */
    @Transactional(readOnly = true)
    public Map<String, Decision> board(String procedureSlug) {
        Procedure procedure = procedure(procedureSlug);
        PlaceAllocation allocation = procedure.allocation().orElseThrow();
        Map<String, List<Candidate>> byOption = candidates(procedure, allocation);
        Map<String, Decision> board = new LinkedHashMap<>();
        List<String> options = catalogue.currentForm(procedure).stream()
                .flatMap(form -> form.definition().topLevelFields().stream())
                .filter(field -> field.id().equals(allocation.field())).flatMap(field -> field.options().stream())
                .filter(allocation.places()::containsKey).toList();
        options.forEach(option -> board.put(option,
                allocation.decide(option, byOption.getOrDefault(option, List.of()), procedure.workflow().initial().code())));
        return board;
    }

    /** Gives the option's free places to the best requests and puts the other new ones on the waiting list. */
    @Transactional
    public Decision allocate(String procedureSlug, String option) {
        Procedure procedure = procedure(procedureSlug);
        PlaceAllocation allocation = procedure.allocation().orElseThrow();
        if (!allocation.places().containsKey(option)) {
            throw new RequestRefusedException(List.of(new FieldError("", "« " + option + " » n'a pas de places à attribuer.")));
        }
        Decision decision = allocation.decide(option, candidates(procedure, allocation).getOrDefault(option, List.of()),
                procedure.workflow().initial().code());
        decision.given().forEach(candidate -> instruction.move(candidate.trackingNumber(), allocation.granted(), null, null));
        decision.toWait().forEach(candidate -> instruction.move(candidate.trackingNumber(), allocation.waiting(), null, null));
        return decision;
    }

    private Map<String, List<Candidate>> candidates(Procedure procedure, PlaceAllocation allocation) {
        Map<String, List<Candidate>> byOption = new LinkedHashMap<>();
        for (Request request : requests.findByProcedureIdAndPurgedAtIsNull(procedure.getId())) {
            Map<String, Object> answers = json.readValue(request.getAnswers(), ANSWERS);
            Object option = answers.get(allocation.field());
            if (option != null) {
                byOption.computeIfAbsent(String.valueOf(option), key -> new ArrayList<>()).add(new Candidate(
                        request.getTrackingNumber(), answers, request.getSubmittedAt(), request.getStatus()));
            }
        }
        return byOption;
    }

    private Procedure procedure(String slug) {
        return catalogue.find(slug).filter(found -> found.allocation().isPresent())
                .orElseThrow(() -> new RequestRefusedException(List.of(new FieldError("",
                        "Cette démarche n'a pas de places à attribuer."))));
    }
}
