package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.Instruction.NewDocument;
import fr.ensemble.demarches.application.Instruction.RequestFile;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.RequestAction;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request for an agent: answers, history, documents, the next status (with a message and a document when
 * the workflow asks), assignment, department and the conversation with the resident.
 */
class RequestPanel extends Section {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final String tenant;
    private final String trackingNumber;
    private final Instruction instruction;
    private final JsonMapper json;
    private final Runnable changed;

    RequestPanel(String tenant, String trackingNumber, Instruction instruction, JsonMapper json, Runnable changed) {
        this.tenant = tenant;
        this.trackingNumber = trackingNumber;
        this.instruction = instruction;
        this.json = json;
        this.changed = changed;
        setId("demande-detail");
        show();
    }

    private void show() {
        RequestFile file = call(() -> instruction.open(trackingNumber));
        removeAll();
        add(new H2("Demande " + trackingNumber + " — " + file.procedure().getTitle()),
                new Paragraph("Statut : " + file.statusLabel() + " · service : "
                        + (file.department() == null ? "aucun" : file.department()) + " · attribuée à : "
                        + (file.request().getAssignee() == null ? "personne" : file.request().getAssignee())
                        + " · contact : " + file.request().getContactEmail()),
                new H3("Réponses"), AnswersList.of(file.form(), json.readValue(file.request().getAnswers(), ANSWERS)),
                new H3("Historique"), history(file), new H3("Documents"), documents(file));
        if (!file.nextStatuses().isEmpty()) {
            add(nextStatus(file));
        }
        add(assignment(file), conversation());
    }

    private UnorderedList history(RequestFile file) {
        var history = new UnorderedList();
        file.history().forEach(event -> history.add(new ListItem(DATE.format(event.getOccurredAt()) + " — "
                + (event.getAction() == RequestAction.STATUS || event.getAction() == RequestAction.FILED
                        ? event.getAction().label() + " : " + file.workflow().status(event.getStatus()).label()
                        : event.getAction().label())
                + " — " + event.getActor() + (event.getComment() == null ? "" : " : " + event.getComment()))));
        history.setId("historique");
        return history;
    }

    private Div documents(RequestFile file) {
        var visible = new Checkbox("Visible par l'usager (il est prévenu par e-mail)", true);
        var status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                run(() -> instruction.attach(trackingNumber, new NewDocument(metadata.fileName(), bytes, visible.getValue())));
                show();
            } catch (RequestRefusedException e) {
                status.setText(e.getMessage());
            }
        }));
        accept(upload);
        upload.setId("joindre-document");
        return new Div(file.documents().isEmpty() ? new Paragraph("Aucun document joint par le service.")
                : DocumentLinks.of(file.documents(), id -> call(() -> instruction.document(trackingNumber, id))),
                new NativeLabel("Joindre un document (PDF, JPEG ou PNG, 10 Mo au plus)"), upload, visible, status);
    }

    private Div nextStatus(RequestFile file) {
        var next = new RadioButtonGroup<Workflow.Status>("Nouveau statut");
        next.setItems(file.nextStatuses());
        next.setItemLabelGenerator(status -> status.label() + (status.visibleToResident() ? "" : " (interne)"));
        var comment = new TextArea("Message à l'usager (envoyé par e-mail)");
        comment.setWidthFull();
        var documentStatus = new Paragraph();
        documentStatus.getElement().setAttribute("role", "status");
        NewDocument[] document = new NewDocument[1];
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            document[0] = new NewDocument(metadata.fileName(), bytes, true);
            documentStatus.setText("Document prêt : " + metadata.fileName());
        }));
        accept(upload);
        var move = new Button("Changer le statut", click -> {
            if (next.getValue() == null) {
                next.setErrorMessage("Choisissez le nouveau statut.");
                next.setInvalid(true);
                return;
            }
            try {
                run(() -> instruction.move(trackingNumber, next.getValue().code(), comment.getValue(), document[0]));
            } catch (RequestRefusedException refused) {
                next.setErrorMessage(refused.getMessage());
                next.setInvalid(true);
                return;
            } catch (ObjectOptimisticLockingFailureException movedMeanwhile) {
                next.setErrorMessage("Un autre agent a modifié cette demande entre-temps : rouvrez-la.");
                next.setInvalid(true);
                return;
            }
            Notification.show("Demande " + trackingNumber + " : " + next.getValue().label()
                    + (next.getValue().visibleToResident() ? ". L'usager est prévenu par e-mail." : "."),
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
            show();
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setId("changer-statut");
        return new Div(new H3("Étape suivante"), next, comment,
                new NativeLabel("Document joint au changement (obligatoire pour certaines étapes)"), upload,
                documentStatus, move);
    }

    private Div assignment(RequestFile file) {
        var toMe = new Button("Me l'attribuer", click -> act(() -> instruction.assignToMe(trackingNumber)));
        toMe.setId("m-attribuer");
        var agent = new ComboBox<String>("Attribuer à");
        agent.setItems(call(instruction::knownAgents));
        agent.setAllowCustomValue(true);
        agent.addCustomValueSetListener(custom -> agent.setValue(custom.getDetail()));
        var assign = new Button("Attribuer", click -> act(() -> instruction.assign(trackingNumber, agent.getValue())));
        var department = new Select<Department>();
        department.setLabel("Service");
        department.setItems(call(instruction::departments));
        department.setItemLabelGenerator(Department::getName);
        var transfer = new Button("Transmettre", click -> {
            if (department.getValue() != null) {
                act(() -> instruction.transfer(trackingNumber, department.getValue().getId()));
            }
        });
        transfer.setId("transmettre");
        var row = new HorizontalLayout(toMe, agent, assign, department, transfer);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H3("Attribution"), row);
    }

    private Div conversation() {
        var list = new UnorderedList();
        call(() -> instruction.messages(trackingNumber)).forEach(message -> list.add(new ListItem(
                DATE.format(message.getSentAt()) + " — " + message.getAuthor()
                + (message.isInternal() ? " (note interne)" : message.isFromAgent() ? " (à l'usager)" : " (usager)")
                + " : " + message.getBody())));
        list.setId("messages");
        var text = new TextArea("Message");
        text.setWidthFull();
        text.setId("message-agent");
        var toResident = new Button("Envoyer à l'usager", click -> write(text, false));
        toResident.setId("envoyer-message");
        var note = new Button("Ajouter une note interne", click -> write(text, true));
        return new Div(new H3("Messages et notes"), list, text, new HorizontalLayout(toResident, note));
    }

    private void write(TextArea text, boolean internal) {
        try {
            run(() -> instruction.write(trackingNumber, text.getValue(), internal));
            show();
        } catch (RequestRefusedException e) {
            text.setErrorMessage(e.getMessage());
            text.setInvalid(true);
        }
    }

    private void act(Runnable action) {
        try {
            run(action);
            changed.run();
            show();
        } catch (RequestRefusedException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void accept(Upload upload) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Instruction.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
    }

    private void run(Runnable action) {
        TenantContext.run(tenant, action);
    }

    private <T> T call(Supplier<T> action) {
        return TenantContext.call(tenant, action);
    }
}
