package fr.ensemble.participation.domain;

/**
 * An image of a project, recognised by its content (never by its name): JPEG or PNG, 2 Mo at most.
 */
public record ProjectImage(String contentType, byte[] data) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_PER_PROJECT = 3;

    /** @throws CampaignRefusedException when the bytes are not a JPEG or PNG image of the allowed size */
    public static ProjectImage of(String fileName, byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new CampaignRefusedException("L'image « " + fileName + " » dépasse 2 Mo.");
        }
        if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return new ProjectImage("image/jpeg", data);
        }
        if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return new ProjectImage("image/png", data);
        }
        throw new CampaignRefusedException("« " + fileName + " » n'est pas une image JPEG ou PNG.");
    }
}
