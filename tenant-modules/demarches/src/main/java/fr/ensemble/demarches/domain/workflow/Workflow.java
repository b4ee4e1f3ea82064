package fr.ensemble.demarches.domain.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a procedure's requests are processed: the statuses (the first one is where a new request starts), and
 * the moves between them allowed to given roles of the commune, some of which ask for a comment or a document.
 * A status without a resident label is internal: the resident keeps reading the last status they were told.
 */
public record Workflow(List<Status> statuses, List<Transition> transitions) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The workflow of a procedure that has none of its own. */
    public static final Workflow DEFAULT = new Workflow(
            List.of(new Status("RECUE", "Reçue", "Reçue", false),
                    new Status("EN_COURS", "En cours d'instruction", "En cours d'instruction", false),
                    new Status("EN_ATTENTE", "En attente de l'usager", "En attente d'un complément de votre part", false),
                    new Status("ACCEPTEE", "Acceptée", "Acceptée", false),
                    new Status("REFUSEE", "Refusée", "Refusée", true),
                    new Status("CLOSE", "Close", "Close", true)),
            List.of(new Transition("RECUE", "EN_COURS", Set.of("instructeur"), false, false),
                    new Transition("RECUE", "REFUSEE", Set.of("instructeur"), true, false),
                    new Transition("EN_COURS", "EN_ATTENTE", Set.of("instructeur"), true, false),
                    new Transition("EN_COURS", "ACCEPTEE", Set.of("instructeur"), false, false),
                    new Transition("EN_COURS", "REFUSEE", Set.of("instructeur"), true, false),
                    new Transition("EN_ATTENTE", "EN_COURS", Set.of("instructeur"), false, false),
                    new Transition("EN_ATTENTE", "REFUSEE", Set.of("instructeur"), true, false),
                    new Transition("EN_ATTENTE", "CLOSE", Set.of("instructeur"), false, false),
                    new Transition("ACCEPTEE", "CLOSE", Set.of("instructeur"), false, false)));

    public Workflow {
        statuses = List.copyOf(statuses);
        transitions = List.copyOf(transitions);
    }

    /** A procedure's stored workflow; null (none of its own) is the default one. */
    public static Workflow fromJson(String json) {
        return json == null ? DEFAULT : JSON.readValue(json, Workflow.class);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** Where a new request starts. */
    public Status initial() {
        return statuses.getFirst();
    }

    /** The status of that code; a code the workflow no longer has is shown as it is, internal and open. */
    public Status status(String code) {
        return statuses.stream().filter(status -> status.code().equals(code)).findFirst()
                .orElseGet(() -> new Status(code, code, null, false));
    }

    /** The moves from that status that an agent with those roles may make. */
    public List<Transition> allowedFrom(String code, Set<String> roles) {
        return transitions.stream().filter(move -> move.from().equals(code) && move.allows(roles)).toList();
    }

    /** Why that move may not be made, in French; empty when it may. */
    public Optional<String> refusal(String from, String to, Set<String> roles, String comment, boolean withDocument) {
        Optional<Transition> move = transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
        if (move.isEmpty()) {
            return Optional.of("Une demande « " + status(from).label() + " » ne peut pas passer à « " + status(to).label() + " ».");
        }
        if (!move.get().allows(roles)) {
            return Optional.of("Votre rôle ne permet pas de passer une demande à « " + status(to).label() + " ».");
        }
        if (move.get().commentRequired() && (comment == null || comment.isBlank())) {
            return Optional.of("Un message à l'usager est obligatoire pour passer à « " + status(to).label() + " ».");
        }
        if (move.get().documentRequired() && !withDocument) {
            return Optional.of("Un document est obligatoire pour passer à « " + status(to).label() + " ».");
        }
        return Optional.empty();
    }

    /** What keeps an admin from saving this workflow, in French; empty when it is sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (statuses.isEmpty()) {
            return List.of("Ajoutez au moins un statut.");
        }
        for (Status status : statuses) {
            if (status.code() == null || !CODE.matcher(status.code()).matches()) {
                problems.add("Le code « " + status.code() + " » doit être en majuscules, chiffres et _ (ex. EN_COURS).");
            } else if (!codes.add(status.code())) {
                problems.add("Le code « " + status.code() + " » est utilisé deux fois.");
            }
            if (status.label() == null || status.label().isBlank()) {
                problems.add("Le statut « " + status.code() + " » n'a pas de libellé.");
            }
        }
        if (!initial().visibleToResident()) {
            problems.add("Le premier statut (celui d'une demande reçue) doit être visible de l'usager.");
        }
        if (initial().closing()) {
            problems.add("Le premier statut ne peut pas clore la demande.");
        }
        if (statuses.stream().noneMatch(Status::closing)) {
            problems.add("Au moins un statut doit clore la demande.");
        }
        for (Transition move : transitions) {
            if (!codes.contains(move.from()) || !codes.contains(move.to())) {
                problems.add("La transition " + move.from() + " → " + move.to() + " nomme un statut inconnu.");
            } else if (move.from().equals(move.to())) {
                problems.add("La transition " + move.from() + " → " + move.to() + " ne change pas de statut.");
            }
            if (move.roles() == null || move.roles().isEmpty()) {
                problems.add("La transition " + move.from() + " → " + move.to() + " n'est permise à aucun rôle.");
            }
        }
        return problems;
    }

    /**
     * A status of the workflow.
     *
     * @param residentLabel what the resident reads; null or blank for a status internal to the commune
     * @param closing whether the request is finished there (retention and processing times count from it)
     */
    public record Status(String code, String label, String residentLabel, boolean closing) {

        public boolean visibleToResident() {
            return residentLabel != null && !residentLabel.isBlank();
        }
    }

    /** A move an agent holding one of the roles may make. */
    public record Transition(String from, String to, Set<String> roles, boolean commentRequired, boolean documentRequired) {

        public Transition {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        boolean allows(Set<String> held) {
            return roles.stream().anyMatch(held::contains);
        }
    }
}
