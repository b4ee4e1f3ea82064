package fr.ensemble.core.notification;

import jakarta.mail.MessagingException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends plain-text e-mails from the platform's address, with an attached file when there is one. */
@Service
public class MailNotifier {

    private final JavaMailSender sender;
    private final String from;

    public MailNotifier(JavaMailSender sender, @Value("${ensemble.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(String to, String subject, String text) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }

    public void send(String to, String subject, String text, Optional<MailAttachment> attachment) {
        if (attachment.isEmpty()) {
            send(to, subject, text);
            return;
        }
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            MailAttachment file = attachment.get();
            helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
