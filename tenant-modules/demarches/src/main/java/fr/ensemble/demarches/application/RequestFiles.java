package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FileChecks;
import fr.ensemble.demarches.domain.form.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files attached to requests, kept on disk under one folder per tenant ({@code <files dir>/<schema>/}),
 * named by a random key: the content is checked (PDF, JPEG, PNG by their first bytes) before anything is kept.
 */
@Service
public class RequestFiles {

    private static final int HEAD = 16;
    private static final Pattern STORAGE_KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;
    private final TenantRegistry registry;
    private final JsonMapper json;

    RequestFiles(@Value("${ensemble.files.dir:.data/files}") Path root, TenantRegistry registry, JsonMapper json) {
        this.root = root;
        this.registry = registry;
        this.json = json;
    }

    /** The storage keys of the files among stored answers, wherever they are (a FILE field inside a block too). */
    public List<String> keysIn(String answers) {
        return json.readTree(answers).findValues("storageKey").stream().filter(JsonNode::isString)
                .map(JsonNode::stringValue).filter(RequestFiles::isStorageKey).distinct().toList();
    }

    /** Removes the files among stored answers. @return how many were removed */
    public int deleteAllIn(String answers) {
        return (int) keysIn(answers).stream().filter(this::delete).count();
    }

    /** Keeps the file for the current tenant, or refuses it with the French reason. */
    public StoredFile store(String name, byte[] content, long maxBytes) {
        FileChecks.refusal(name, Arrays.copyOf(content, Math.min(HEAD, content.length)), content.length, maxBytes)
                .ifPresent(reason -> {
                    throw new RequestRefusedException(List.of(new FieldError("", reason)));
                });
        String key = UUID.randomUUID().toString();
        try {
            Path folder = Files.createDirectories(folder());
            Files.write(folder.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredFile(name, FileChecks.contentType(Arrays.copyOf(content, Math.min(HEAD, content.length))),
                content.length, key);
    }

    /** Like {@link #store}, and removed again if the surrounding transaction rolls back: no file without its record. */
    public StoredFile storeWithTransaction(String name, byte[] content, long maxBytes) {
        StoredFile stored = store(name, content, maxBytes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    delete(stored.storageKey());
                }
            }
        });
        return stored;
    }

    /** The content of the current tenant's file of that key. */
    public byte[] read(String storageKey) {
        if (!isStorageKey(storageKey)) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        try {
            return Files.readAllBytes(folder().resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the current tenant's file of that key, if it is still there (a retry removes nothing twice).
     * Only keys this class gives out are accepted, so that no answer can point outside the tenant's folder.
     *
     * @return whether a file was removed
     */
    public boolean delete(String storageKey) {
        if (!isStorageKey(storageKey)) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        try {
            return Files.deleteIfExists(folder().resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text has the form of the keys {@link #store} gives out. */
    public static boolean isStorageKey(String text) {
        return text != null && STORAGE_KEY.matcher(text).matches();
    }

    private Path folder() {
        return root.resolve(registry.require(TenantContext.current().orElseThrow()).schema());
    }
}
