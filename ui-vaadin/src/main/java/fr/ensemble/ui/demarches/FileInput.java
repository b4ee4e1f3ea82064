package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.RequestFiles;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.StoredFile;
import java.util.Map;

/** A file for a request: PDF, JPEG or PNG, checked by its content when it arrives, kept for the commune. */
class FileInput extends BlockInput {

    private static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final Paragraph status = new Paragraph();
    private StoredFile stored;

    FileInput(FormField field, String tenant, RequestFiles files) {
        super(field);
        long maxBytes = field.maxBytes() == null ? DEFAULT_MAX_BYTES : field.maxBytes();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                stored = TenantContext.call(tenant, () -> files.store(metadata.fileName(), bytes, maxBytes));
                status.setText("Fichier reçu : " + stored.name());
                changed();
            } catch (RequestRefusedException e) {
                stored = null;
                status.setText(e.getMessage());
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(event -> status.setText("Ce fichier ne peut pas être joint : PDF, JPEG ou PNG de "
                + maxBytes / (1024 * 1024) + " Mo au plus."));
        var label = new NativeLabel(field.label() + (field.required() ? " (obligatoire)" : ""));
        status.getElement().setAttribute("role", "status");
        block().add(label, upload, status);
    }

    @Override
    void restore(Object value) {
        if (value instanceof Map<?, ?> file && file.get("storageKey") instanceof String key && RequestFiles.isStorageKey(key)) {
            stored = new StoredFile(String.valueOf(file.get("name")), String.valueOf(file.get("contentType")),
                    ((Number) file.get("size")).longValue(), key);
            status.setText("Fichier déjà joint : " + stored.name());
        }
    }

    @Override
    public Object value() {
        return stored;
    }

    @Override
    public void error(String message) {
        if (message != null) {
            status.setText(message);
        }
    }
}
