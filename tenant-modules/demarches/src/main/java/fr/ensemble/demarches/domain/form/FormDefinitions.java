package fr.ensemble.demarches.domain.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A form's JSON (as stored in jsonb) and the problems that keep an admin from publishing it. */
public final class FormDefinitions {

    private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]*$");

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            // "required" may be left out, meaning false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private FormDefinitions() {
    }

    public static String toJson(FormDefinition form) {
        return JSON.writeValueAsString(form);
    }

    /** @throws tools.jackson.core.JacksonException when the text is not a form */
    public static FormDefinition fromJson(String json) {
        return JSON.readValue(json, FormDefinition.class);
    }

    /** What is wrong with the form, in French for its admin; empty when it can be published. */
    public static List<String> check(FormDefinition form) {
        var problems = new ArrayList<String>();
        List<FormField> all = form.allFields();
        var ids = new HashSet<String>();
        for (FormField field : all) {
            checkField(field, ids, problems);
        }
        var before = new HashSet<String>();
        for (FormField field : form.topLevelFields()) {
            checkCondition(field, before, all, problems);
            var inBlock = new HashSet<>(before);
            for (FormField child : field.fields()) {
                checkCondition(child, inBlock, all, problems);
                inBlock.add(child.id());
            }
            before.add(field.id());
        }
        return problems;
    }

    private static void checkField(FormField field, Set<String> ids, List<String> problems) {
        String name = field.described();
        if (field.id() == null || !ID.matcher(field.id()).matches()) {
            problems.add(name + " a un identifiant invalide : il doit commencer par une lettre minuscule et ne"
                    + " contenir que des lettres minuscules sans accent, des chiffres et « _ ».");
        } else if (!ids.add(field.id())) {
            problems.add("L'identifiant « " + field.id() + " » est utilisé par plusieurs champs.");
        }
        if (field.type() == null) {
            problems.add(name + " n'a pas de type.");
        }
        if (field.type() != null && field.type().isChoice() && field.options().isEmpty()) {
            problems.add(name + " est un choix sans aucune option.");
        }
        if (field.pattern() != null) {
            try {
                Pattern.compile(field.pattern());
            } catch (PatternSyntaxException e) {
                problems.add(name + " a un motif de saisie invalide : « " + field.pattern() + " ».");
            }
        }
        if (field.min() != null && field.max() != null && field.min() > field.max()) {
            problems.add(name + " a un minimum plus grand que son maximum.");
        }
        if (field.prefill() != null && !Prefill.KEYS.contains(field.prefill())) {
            problems.add(name + " se pré-remplit avec « " + field.prefill() + " », qui n'est pas une donnée du profil.");
        }
        if (field.type() == FieldType.REPEATABLE) {
            if (field.fields().isEmpty()) {
                problems.add(name + " est un bloc répétable sans aucun champ.");
            }
            if (field.fields().stream().anyMatch(child -> child.type() == FieldType.REPEATABLE)) {
                problems.add(name + " contient un autre bloc répétable, ce qui n'est pas possible.");
            }
        }
    }

    /**
     * A condition may only name a field the resident has already seen: one placed before, at the top
     * level or in the same repeatable block.
     */
    private static void checkCondition(FormField field, Set<String> before, List<FormField> all, List<String> problems) {
        Condition condition = field.showWhen();
        if (condition == null || before.contains(condition.field())) {
            return;
        }
        int named = indexOf(all, condition.field());
        String start = field.described() + " dépend du champ « " + condition.field() + " »";
        if (named < 0) {
            problems.add(start + ", qui n'existe pas.");
        } else if (named >= all.indexOf(field)) {
            problems.add(start + ", placé après lui : il doit dépendre d'un champ placé avant.");
        } else {
            problems.add(start + ", qui est dans un bloc répétable dont il ne fait pas partie.");
        }
    }

    private static int indexOf(List<FormField> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() != null && all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
