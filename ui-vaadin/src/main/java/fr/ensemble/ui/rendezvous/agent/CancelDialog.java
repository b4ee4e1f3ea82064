package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ensemble.rendezvous.application.AgentPlanning.PlanningEntry;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.util.function.Consumer;

/** Asks the agent for the message the resident receives with the cancellation, then cancels. */
class CancelDialog extends Dialog {

    CancelDialog(PlanningEntry entry, Consumer<String> cancel) {
        setHeaderTitle("Annuler le rendez-vous de " + entry.appointment().contact().name());
        var message = new TextArea(entry.appointment().contact().email() == null
                ? "Message à l'usager (gardé avec le rendez-vous : il n'a pas d'e-mail, prévenez-le par téléphone)"
                : "Message à l'usager (envoyé par e-mail)");
        message.setId("message-annulation");
        message.setRequiredIndicatorVisible(true);
        message.setWidthFull();
        message.setMinHeight("8em");
        var error = new Paragraph();
        error.setId("erreur-annulation");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        add(new Paragraph(entry.typeLabel() + ", le " + Labels.when(entry.appointment().getStartsAt()) + ", "
                + entry.deskName() + ". Le créneau redevient libre aussitôt."), message, error);
        var confirm = new Button("Annuler le rendez-vous et prévenir l'usager", click -> {
            try {
                cancel.accept(message.getValue());
                close();
            } catch (AppointmentRefusedException e) {
                error.setText(e.getMessage());
                message.setInvalid(true);
            }
        });
        confirm.setId("confirmer-annulation");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Retour", click -> close()), confirm);
        setWidth("36em");
    }
}
