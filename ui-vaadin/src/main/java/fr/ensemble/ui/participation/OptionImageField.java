package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.ProjectImage;
import fr.ensemble.ui.layout.DropLabels;

/**
 * An option's optional image for the animateur: the file (JPEG or PNG, checked by its content as it arrives) and
 * its alternative text, required with an image.
 */
class OptionImageField extends Div {

    private final TextField alternativeText = new TextField("Texte alternatif de l'image");
    private final Paragraph status = new Paragraph("Aucune image.");
    private String fileName;
    private byte[] data;

    OptionImageField() {
        alternativeText.setHelperText("Ce que montre l'image, lu aux personnes qui ne la voient pas (obligatoire avec une image).");
        alternativeText.setMaxLength(DescribedImage.MAX_ALT_LENGTH);
        alternativeText.setId("choix-image-alt");
        status.setId("choix-image-etat");
        status.getElement().setAttribute("role", "status");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                ProjectImage.of(metadata.fileName(), bytes);
                fileName = metadata.fileName();
                data = bytes;
                status.setText("Image jointe : " + fileName + ".");
            } catch (CampaignRefusedException refused) {
                fileName = null;
                data = null;
                status.setText(refused.getMessage());
            }
        }));
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Choisir une image"));
        DropLabels.set(upload, "ou déposez l'image ici");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setId("choix-image");
        var label = new NativeLabel("Image du choix (facultative : JPEG ou PNG, 2 Mo au plus)");
        add(label, upload, status, alternativeText);
    }

    /** The checked image, or null when none was joined. @throws CampaignRefusedException without its text */
    DescribedImage image() {
        return data == null ? null : DescribedImage.of(fileName, data, alternativeText.getValue());
    }
}
