package fr.ensemble.demarches.domain.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The answers a resident finds already filled in from their profile; they can still change them. */
public final class Prefill {

    public static final Set<String> KEYS = Set.of(
            "givenName", "familyName", "email", "phone", "streetAddress", "postalCode", "city", "birthDate");

    private Prefill() {
    }

    /**
     * Initial answers for the top-level fields that name a profile key the profile has. An ADDRESS
     * field gets the whole address whichever of its keys it names.
     */
    public static Map<String, Object> answers(FormDefinition form, Map<String, String> profile) {
        var answers = new LinkedHashMap<String, Object>();
        for (FormField field : form.topLevelFields()) {
            if (field.prefill() == null || !KEYS.contains(field.prefill())) {
                continue;
            }
            if (field.type() == FieldType.ADDRESS) {
                var address = new LinkedHashMap<String, Object>();
                putIfPresent(address, "street", profile.get("streetAddress"));
                putIfPresent(address, "postalCode", profile.get("postalCode"));
                putIfPresent(address, "city", profile.get("city"));
                if (!address.isEmpty()) {
                    answers.put(field.id(), address);
                }
            } else {
                putIfPresent(answers, field.id(), profile.get(field.prefill()));
            }
        }
        return answers;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
