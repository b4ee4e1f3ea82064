package fr.ensemble.demarches.application;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import fr.ensemble.core.identity.resident.ResidentNames;
import fr.ensemble.core.search.SearchDocuments;
import fr.ensemble.core.search.SearchIndexes;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.DepartmentRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request as its commune's agents search it: tracking number, procedure, status, the resident's name and
 * e-mail, the words of the answers and of the messages, dates. A purged request keeps only what statistics
 * keep (number, procedure, status, dates): nothing about the person stays in the index either.
 */
@Component
public class RequestSearchDocuments implements SearchDocuments {

    public static final String TYPE = "requests";
    /** Parts of a file's answer that are not words of the resident's. */
    private static final Set<String> FILE_DETAILS = Set.of("storageKey", "contentType", "size");

    private final RequestRepository requests;
    private final ProcedureRepository procedures;
    private final RequestMessageRepository messages;
    private final ResidentNames names;
    private final DepartmentRepository departments;
    private final JsonMapper json;

    RequestSearchDocuments(RequestRepository requests, ProcedureRepository procedures, RequestMessageRepository messages,
            ResidentNames names, DepartmentRepository departments, JsonMapper json) {
        this.departments = departments;
        this.requests = requests;
        this.procedures = procedures;
        this.messages = messages;
        this.names = names;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Property> properties() {
        Property french = Property.of(p -> p.text(text -> text.analyzer(SearchIndexes.FRENCH)));
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property date = Property.of(p -> p.date(d -> d));
        // One analyzer for every searched field, so that one query mixes them (a number's digits and a word).
        Property keywordAndWords = Property.of(p -> p.keyword(k -> k.fields("words",
                Property.of(words -> words.text(text -> text.analyzer(SearchIndexes.FRENCH))))));
        Map<String, Property> properties = new LinkedHashMap<>();
        properties.put("trackingNumber", keywordAndWords);
        properties.put("procedure", keyword);
        properties.put("procedureTitle", french);
        properties.put("status", keyword);
        properties.put("statusLabel", keyword);
        properties.put("department", keyword);
        properties.put("assignee", keyword);
        properties.put("residentName", french);
        properties.put("email", keywordAndWords);
        properties.put("answers", french);
        properties.put("messages", french);
        properties.put("submittedAt", date);
        properties.put("updatedAt", date);
        properties.put("purged", Property.of(p -> p.boolean_(b -> b)));
        return properties;
    }

    @Override
    public Map<String, Map<String, Object>> load(Collection<String> ids) {
        List<Long> requestIds = ids.stream().map(Long::valueOf).toList();
        List<Request> found = requests.findAllById(requestIds);
        Map<Long, Procedure> procedureById = procedures.findAll().stream()
                .collect(Collectors.toMap(Procedure::getId, Function.identity()));
        Map<Long, List<RequestMessage>> messagesById = messages.findByRequestIdIn(requestIds).stream()
                .collect(Collectors.groupingBy(RequestMessage::getRequestId));
        Map<String, String> residentNames = names.of(found.stream().filter(request -> request.getPurgedAt() == null)
                .map(Request::getResidentSubject).filter(Objects::nonNull).distinct().toList());
        Map<Long, String> departmentNames = departments.findAll().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        for (Request request : found) {
            Procedure procedure = procedureById.get(request.getProcedureId());
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("trackingNumber", request.getTrackingNumber());
            document.put("procedure", procedure.getSlug());
            document.put("procedureTitle", procedure.getTitle());
            document.put("status", request.getStatus());
            document.put("statusLabel", procedure.workflow().status(request.getStatus()).label());
            document.put("department", request.getDepartmentId() == null ? null : departmentNames.get(request.getDepartmentId()));
            document.put("assignee", request.getAssignee());
            document.put("submittedAt", request.getSubmittedAt().toString());
            document.put("updatedAt", request.getUpdatedAt().toString());
            document.put("purged", request.getPurgedAt() != null);
            if (request.getPurgedAt() == null) {
                document.put("residentName", residentNames.get(request.getResidentSubject()));
                document.put("email", request.getContactEmail());
                document.put("answers", words(json.readTree(request.getAnswers())));
                document.put("messages", messagesById.getOrDefault(request.getId(), List.of()).stream()
                        .map(RequestMessage::getBody).toList());
            }
            documents.put(request.getId().toString(), document);
        }
        return documents;
    }

    @Override
    public List<String> allIds() {
        return requests.allIds().stream().map(String::valueOf).toList();
    }

    /** Every value the resident typed or chose, blocks and addresses included; a file counts by its name. */
    private static String words(JsonNode answers) {
        StringBuilder text = new StringBuilder();
        collect(answers, null, text);
        return text.toString().strip();
    }

    private static void collect(JsonNode node, String name, StringBuilder text) {
        if (node.isObject()) {
            node.properties().forEach(entry -> collect(entry.getValue(), entry.getKey(), text));
        } else if (node.isArray()) {
            node.values().forEach(value -> collect(value, name, text));
        } else if (node.isValueNode() && !node.isNull() && !FILE_DETAILS.contains(name)) {
            text.append(node.asString()).append('\n');
        }
    }
}
