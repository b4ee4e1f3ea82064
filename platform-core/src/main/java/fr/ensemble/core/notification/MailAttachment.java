package fr.ensemble.core.notification;

/** A file sent with a mail, e.g. {@code rendez-vous.ics} of type {@code text/calendar}. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        if (filename == null || filename.isBlank() || contentType == null || content == null) {
            throw new IllegalArgumentException("An attachment has a name, a type and a content");
        }
    }
}
