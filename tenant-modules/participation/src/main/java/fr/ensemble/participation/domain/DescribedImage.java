package fr.ensemble.participation.domain;

/**
 * An image of an option put to the vote or of a resident's project: JPEG or PNG recognised by its content (never by
 * its name), 2 Mo at most, with the alternative text that tells screen-reader users what it shows (one line).
 */
public record DescribedImage(String contentType, byte[] data, String alternativeText) {

    public static final int MAX_ALT_LENGTH = 300;

    /** @throws CampaignRefusedException when the bytes are not a JPEG or PNG of the allowed size, or the text is missing */
    public static DescribedImage of(String fileName, byte[] data, String alternativeText) {
        if (alternativeText == null || alternativeText.isBlank()) {
            throw new CampaignRefusedException("Décrivez l'image en quelques mots (texte alternatif) : "
                    + "il est lu aux personnes qui ne la voient pas.");
        }
        if (alternativeText.strip().length() > MAX_ALT_LENGTH || alternativeText.contains("\n")) {
            throw new CampaignRefusedException("Le texte alternatif tient en une ligne de 300 caractères au plus.");
        }
        ProjectImage checked = ProjectImage.of(fileName, data);
        return new DescribedImage(checked.contentType(), checked.data(), alternativeText.strip());
    }
}
