package fr.ensemble.demarches.domain.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one answer, by field type. Values as a browser form sends them: String for text-like
 * fields, String ("12,5" or "12.5") or Number for NUMBER, ISO or dd/MM/yyyy String for DATE, String
 * for SINGLE_CHOICE, List of String for MULTIPLE_CHOICE, Boolean or "oui"/"non" for YES_NO, a Map
 * {street, postalCode, city, lon?, lat?} for ADDRESS, a {@link StoredFile} for FILE.
 */
final class AnswerRules {

    static final String REQUIRED = "Ce champ est obligatoire.";
    static final String INVALID = "Cette réponse n'est pas valide.";
    static final String NOT_AN_OPTION = "Choisissez parmi les options proposées.";
    static final int TEXT_MAX_LENGTH = 10_000;
    static final int LONG_TEXT_MAX_LENGTH = 100_000;

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$");
    // 0X XX XX XX XX, or the same without its 0 after +33 / 0033 or an overseas code (Réunion, Mayotte, Antilles, Guyane)
    private static final Pattern PHONE = Pattern.compile("^(?:0|(?:\\+|00)(?:33|262|269|590|594|596))[1-9]\\d{8}$");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(?:[.,]\\d+)?$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^\\d{5}$");
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private AnswerRules() {
    }

    /** Adds the errors of {@code value} for {@code field}, reported under {@code name}. */
    static void check(FormField field, Object value, String name, List<FieldError> errors) {
        if (field.type() == FieldType.INFORMATION) {
            return;
        }
        if (isEmpty(value)) {
            if (field.required()) {
                errors.add(new FieldError(name, REQUIRED));
            }
            return;
        }
        if (field.type() == FieldType.ADDRESS) {
            address(value, name, errors);
            return;
        }
        String message = switch (field.type()) {
            case TEXT -> text(field, value, TEXT_MAX_LENGTH);
            case LONG_TEXT -> text(field, value, LONG_TEXT_MAX_LENGTH);
            case NUMBER -> number(field, value);
            case DATE -> date(value);
            case SINGLE_CHOICE -> value instanceof String s && field.options().contains(s) ? null : NOT_AN_OPTION;
            case MULTIPLE_CHOICE -> value instanceof Collection<?> chosen && field.options().containsAll(chosen) ? null : NOT_AN_OPTION;
            case YES_NO -> YesNo.parse(value).isPresent() ? null : "Répondez par oui ou par non.";
            case EMAIL -> value instanceof String s && EMAIL.matcher(s.trim()).matches() ? null
                    : "Saisissez une adresse e-mail valide (exemple : prenom.nom@exemple.fr).";
            case PHONE -> value instanceof String s && PHONE.matcher(PHONE_SEPARATORS.matcher(s).replaceAll("")).matches() ? null
                    : "Saisissez un numéro de téléphone français (exemple : 01 23 45 67 89 ou +33 1 23 45 67 89).";
            case FILE -> file(field, value);
            case ADDRESS, REPEATABLE, INFORMATION -> throw new IllegalArgumentException("Not a single answer: " + field.type());
        };
        if (message != null) {
            errors.add(new FieldError(name, message));
        }
    }

    static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case String s -> s.isBlank();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.values().stream().allMatch(AnswerRules::isEmpty);
            default -> false;
        };
    }

    private static String text(FormField field, Object value, int maxLength) {
        if (!(value instanceof String s)) {
            return INVALID;
        }
        if (s.length() > maxLength) {
            return "Ce texte dépasse " + String.format(Locale.FRANCE, "%,d", maxLength) + " caractères.";
        }
        if (field.min() != null && s.strip().length() < field.min()) {
            return "Saisissez au moins " + french(field.min()) + " caractères.";
        }
        if (field.max() != null && s.strip().length() > field.max()) {
            return "Saisissez au plus " + french(field.max()) + " caractères.";
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s.strip()).matches()) {
            return field.patternMessage() != null && !field.patternMessage().isBlank()
                    ? field.patternMessage()
                    : "La valeur saisie n'a pas le format attendu.";
        }
        return null;
    }

    private static String number(FormField field, Object value) {
        Double number = switch (value) {
            case Number n -> n.doubleValue();
            case String s -> {
                String compact = s.replaceAll("[\\s\\u00A0\\u202F]", "");
                yield NUMBER.matcher(compact).matches() ? Double.valueOf(compact.replace(',', '.')) : null;
            }
            default -> null;
        };
        if (number == null || number.isNaN() || number.isInfinite()) {
            return "Saisissez un nombre.";
        }
        if (field.min() != null && number < field.min()) {
            return "La valeur doit être au moins " + french(field.min()) + ".";
        }
        if (field.max() != null && number > field.max()) {
            return "La valeur doit être au plus " + french(field.max()) + ".";
        }
        return null;
    }

    private static String date(Object value) {
        if (value instanceof LocalDate) {
            return null;
        }
        if (value instanceof String s) {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE)) {
                try {
                    LocalDate.parse(s.trim(), format);
                    return null;
                } catch (DateTimeParseException notThisFormat) {
                    // try the next one
                }
            }
        }
        return "Saisissez une date au format JJ/MM/AAAA.";
    }

    private static String file(FormField field, Object value) {
        if (!(value instanceof StoredFile file) || !FileChecks.ACCEPTED.contains(file.contentType())) {
            return "Le fichier doit être un PDF, une image JPEG ou PNG.";
        }
        return file.size() > field.maxBytes() ? FileChecks.tooBig(field.maxBytes()) : null;
    }

    private static void address(Object value, String name, List<FieldError> errors) {
        if (!(value instanceof Map<?, ?> address)) {
            errors.add(new FieldError(name, INVALID));
            return;
        }
        if (isEmpty(address.get("street"))) {
            errors.add(new FieldError(name + ".street", "Saisissez le numéro et le nom de la voie."));
        }
        if (!(address.get("postalCode") instanceof String code && POSTAL_CODE.matcher(code.trim()).matches())) {
            errors.add(new FieldError(name + ".postalCode", "Le code postal doit comporter 5 chiffres."));
        }
        if (isEmpty(address.get("city"))) {
            errors.add(new FieldError(name + ".city", "Saisissez la commune."));
        }
        Object lon = address.get("lon");
        Object lat = address.get("lat");
        if ((lon != null || lat != null) && !(lon instanceof Number east && lat instanceof Number north
                && east.doubleValue() >= -5.5 && east.doubleValue() <= 10 && north.doubleValue() >= 41 && north.doubleValue() <= 51.5)) {
            errors.add(new FieldError(name, "Le repère sur la carte doit être placé en France : placez-le de nouveau."));
        }
    }

    /** 3.0 as « 3 », 2.5 as « 2,5 ». */
    private static String french(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
