package fr.ensemble.rendezvous.domain;

import java.util.regex.Pattern;

/** Who comes to an appointment and how to reach them. */
public record Contact(String name, String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\+33|0)[1-9]([ .-]?[0-9]{2}){4}");

    /** Trimmed and checked, with the reason in French. */
    public static Contact checked(String name, String email, String phone) {
        String checkedName = checkedName(name);
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254) {
            throw new AppointmentRefusedException("Indiquez une adresse e-mail valide (par exemple nom@exemple.fr) : "
                    + "la confirmation et le rappel y sont envoyés.");
        }
        return new Contact(checkedName, email.strip(), checkedPhone(phone));
    }

    /**
     * For an agent booking at the phone: an e-mail address (then the resident gets the e-mails) or at least a phone
     * number (then the agent tells the resident everything at once).
     */
    public static Contact reachable(String name, String email, String phone) {
        if (email != null && !email.isBlank()) {
            return checked(name, email, phone);
        }
        String checkedName = checkedName(name);
        String checkedPhone = checkedPhone(phone);
        if (checkedPhone == null) {
            throw new AppointmentRefusedException("Indiquez l'adresse e-mail de l'usager (la confirmation y est envoyée) "
                    + "ou au moins son téléphone.");
        }
        return new Contact(checkedName, null, checkedPhone);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new AppointmentRefusedException("Indiquez le nom et le prénom de la personne qui vient (200 caractères au plus).");
        }
        return name.strip();
    }

    private static String checkedPhone(String phone) {
        String typedPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (typedPhone != null && !PHONE.matcher(typedPhone).matches()) {
            throw new AppointmentRefusedException("Le numéro de téléphone n'est pas valide (par exemple 01 23 45 67 89).");
        }
        return typedPhone;
    }
}
