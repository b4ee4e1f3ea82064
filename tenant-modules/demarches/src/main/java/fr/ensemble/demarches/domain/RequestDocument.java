package fr.ensemble.demarches.domain;

import fr.ensemble.demarches.domain.form.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document an agent attached to a request: a decision, a certificate... shown to the resident or not. */
@Entity
@Table(name = "request_document")
public class RequestDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(nullable = false)
    private String author;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true)
    private UUID storageKey;

    @Column(name = "visible_to_resident", nullable = false)
    private boolean visibleToResident;

    protected RequestDocument() {
    }

    public RequestDocument(long requestId, Instant addedAt, String author, StoredFile file, boolean visibleToResident) {
        this.requestId = requestId;
        this.addedAt = addedAt;
        this.author = author;
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.storageKey = UUID.fromString(file.storageKey());
        this.visibleToResident = visibleToResident;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey.toString();
    }

    public boolean isVisibleToResident() {
        return visibleToResident;
    }
}
