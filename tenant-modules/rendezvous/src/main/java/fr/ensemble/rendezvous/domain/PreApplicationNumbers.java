package fr.ensemble.rendezvous.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ANTS pre-application numbers ("numéros de pré-demande") of a passport or ID-card appointment: one per
 * person, 10 letters or digits each, as the ANTS online form hands them out.
 */
public final class PreApplicationNumbers {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10}");

    private PreApplicationNumbers() {
    }

    /** The numbers in their canonical form (upper case, spaces and dashes removed), one per person, all different. */
    public static List<String> checked(List<String> typed, int people) {
        List<String> numbers = new ArrayList<>();
        for (String raw : typed) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String number = canonical(raw);
            if (!FORMAT.matcher(number).matches()) {
                throw new AppointmentRefusedException("Le numéro de pré-demande « " + raw.strip() + " » n'est pas valide : "
                        + "il compte 10 lettres ou chiffres (par exemple 1234567890 ou ABCDE12345), tel que l'ANTS l'a donné "
                        + "à la fin de la pré-demande en ligne.");
            }
            numbers.add(number);
        }
        if (numbers.size() != people) {
            throw new AppointmentRefusedException(people == 1 ? "Indiquez le numéro de pré-demande ANTS de la personne."
                    : "Indiquez un numéro de pré-demande ANTS pour chacune des " + people + " personnes (" + numbers.size()
                    + " donné" + (numbers.size() > 1 ? "s" : "") + ").");
        }
        if (new HashSet<>(numbers).size() != numbers.size()) {
            throw new AppointmentRefusedException("Chaque personne a son propre numéro de pré-demande : un numéro est donné deux fois.");
        }
        return List.copyOf(numbers);
    }

    public static String canonical(String raw) {
        return raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && FORMAT.matcher(canonical(raw)).matches();
    }
}
