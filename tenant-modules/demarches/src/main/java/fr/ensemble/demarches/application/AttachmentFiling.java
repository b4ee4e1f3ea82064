package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.demarches.domain.form.FileChecks;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.FormValidator;
import fr.ensemble.demarches.domain.form.StoredFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Files a request whose files come with it (the API's multipart form): every file is checked by its content
 * and size, and every answer by the form, before anything is kept; then the files are stored and the request
 * filed. A refusal or a failure leaves neither a request nor a file behind, and the same idempotency key still
 * files one request.
 */
@Service
public class AttachmentFiling {

    /** {@code photo}, or {@code enfants[0].justificatif} for a file of a repeatable block's entry. */
    private static final Pattern FILE_PATH = Pattern.compile("([a-z][a-z0-9_]*)(?:\\[(\\d{1,3})]\\.([a-z][a-z0-9_]*))?");
    private static final int HEAD = 16;

    private final Catalogue catalogue;
    private final RequestFiling filing;
    private final RequestFiles files;

    AttachmentFiling(Catalogue catalogue, RequestFiling filing, RequestFiles files) {
        this.catalogue = catalogue;
        this.filing = filing;
        this.files = files;
    }

    /**
     * @param attachments the files by field path ({@code photo}, {@code enfants[0].justificatif})
     * @throws RequestRefusedException with each refused field and its French reason; nothing was kept
     */
    public Request file(String procedureSlug, Map<String, Object> answers, Map<String, Attachment> attachments,
            String contactEmail, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Request> already = filing.filedWith(idempotencyKey);
            if (already.isPresent()) {
                return already.get();
            }
        }
        Optional<FormDefinition> form = catalogue.find(procedureSlug).filter(Procedure::isOnline)
                .flatMap(catalogue::currentForm).map(Catalogue.CurrentForm::definition);
        if (form.isEmpty()) {
            return filing.file(procedureSlug, answers, contactEmail, idempotencyKey); // refused there, in its words
        }
        Map<String, Object> checked = deepCopy(answers);
        List<FieldError> errors = new ArrayList<>();
        for (var attachment : attachments.entrySet()) {
            String path = attachment.getKey();
            Attachment file = attachment.getValue();
            Optional<FormField> field = fileField(form.get(), path);
            Optional<String> refusal = field.isEmpty()
                    ? Optional.of("Ce formulaire n'a pas de champ de fichier « " + path + " ».")
                    : FileChecks.refusal(file.name(), head(file), file.content().length, field.get().maxBytes());
            if (refusal.isPresent()) {
                errors.add(new FieldError(path, refusal.get()));
            } else {
                put(checked, path, new StoredFile(file.name(), FileChecks.contentType(head(file)), file.content().length, null));
            }
        }
        Set<String> refusedFiles = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        FormValidator.validate(form.get(), checked).stream().filter(error -> !refusedFiles.contains(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        List<String> stored = new ArrayList<>();
        try {
            for (var attachment : attachments.entrySet()) {
                Attachment file = attachment.getValue();
                StoredFile kept = files.store(file.name(), file.content(), Long.MAX_VALUE);
                stored.add(kept.storageKey());
                put(checked, attachment.getKey(), kept);
            }
            return filing.file(procedureSlug, checked, contactEmail, idempotencyKey);
        } catch (DataIntegrityViolationException raced) {
            stored.forEach(files::delete);
            // The same key sent twice at once: the other submission filed it, with its own files.
            return Optional.ofNullable(idempotencyKey).flatMap(filing::filedWith).orElseThrow(() -> raced);
        } catch (RuntimeException e) {
            stored.forEach(files::delete);
            throw e;
        }
    }

    private static Optional<FormField> fileField(FormDefinition form, String path) {
        Matcher parts = FILE_PATH.matcher(path);
        if (!parts.matches()) {
            return Optional.empty();
        }
        Optional<FormField> top = form.topLevelFields().stream().filter(field -> field.id().equals(parts.group(1))).findFirst();
        Optional<FormField> field = parts.group(3) == null ? top : top.filter(block -> block.type() == FieldType.REPEATABLE)
                .flatMap(block -> block.fields().stream().filter(child -> child.id().equals(parts.group(3))).findFirst());
        return field.filter(found -> found.type() == FieldType.FILE);
    }

    /** Sets the file at its path, creating the block's entry when the JSON answers did not have it. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> answers, String path, StoredFile file) {
        Matcher parts = FILE_PATH.matcher(path);
        parts.matches();
        if (parts.group(3) == null) {
            answers.put(parts.group(1), file);
            return;
        }
        int index = Integer.parseInt(parts.group(2));
        List<Object> entries = answers.get(parts.group(1)) instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
        answers.put(parts.group(1), entries);
        while (entries.size() <= index) {
            entries.add(new LinkedHashMap<String, Object>());
        }
        if (!(entries.get(index) instanceof Map<?, ?>)) {
            entries.set(index, new LinkedHashMap<String, Object>());
        }
        ((Map<String, Object>) entries.get(index)).put(parts.group(3), file);
    }

    /** The answers with blocks copied, so that files are set in copies rather than in the caller's maps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> answers) {
        Map<String, Object> copy = new LinkedHashMap<>();
        answers.forEach((key, value) -> copy.put(key, value instanceof List<?> list ? new ArrayList<>(list.stream()
                .map(entry -> entry instanceof Map<?, ?> map ? new HashMap<>((Map<String, Object>) map) : entry).toList())
                : value));
        return copy;
    }

    private static byte[] head(Attachment file) {
        return Arrays.copyOf(file.content(), Math.min(HEAD, file.content().length));
    }

    /** A file as the client sent it: its name on the client's side, and its bytes. */
    public record Attachment(String name, byte[] content) {
    }
}
