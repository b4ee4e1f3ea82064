package fr.ensemble.rendezvous.domain;

import java.util.regex.Pattern;

/** Who comes to an appointment and how to reach them. */
public record Contact(String name, String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\+33|0)[1-9]([ .-]?[0-9]{2}){4}");

    /** Trimmed and checked, with the reason in French. */
    public static Contact checked(String name, String email, String phone) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new AppointmentRefusedException("Indiquez le nom et le prénom de la personne qui vient (200 caractères au plus).");
        }
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254) {
            throw new AppointmentRefusedException("Indiquez une adresse e-mail valide (par exemple nom@exemple.fr) : "
                    + "la confirmation et le rappel y sont envoyés.");
        }
        String typedPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (typedPhone != null && !PHONE.matcher(typedPhone).matches()) {
            throw new AppointmentRefusedException("Le numéro de téléphone n'est pas valide (par exemple 01 23 45 67 89).");
        }
        return new Contact(name.strip(), email.strip(), typedPhone);
    }
}
