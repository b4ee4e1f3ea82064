package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.RequestFiles;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.ui.map.MapLibreMap;
import fr.ensemble.demarches.domain.form.FormValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A procedure's form as a resident fills it: the fields, a check with French errors next to them, a summary to
 * read before sending, and the sending itself, whose result replaces the form. Sending twice sends once: the
 * button is disabled on click and the sender uses one idempotency key.
 */
class RequestForm extends Div {

    private final FormRenderer renderer;
    private final Paragraph formError = new Paragraph();

    /**
     * @param maps makes a map to place an address's point on (empty: addresses without a map)
     * @param before components shown above the fields (e.g. the e-mail address of a filing without an account)
     * @param sender sends the checked answers and gives what to show instead of the form
     */
    RequestForm(String tenant, Catalogue.CurrentForm form, Map<String, Object> initial, RequestFiles files,
            Supplier<Optional<MapLibreMap>> maps, List<Component> before, String sendLabel, Sender sender) {
        renderer = new FormRenderer(field -> field.type() == FieldType.FILE ? new FileInput(field, tenant, files)
                : new AddressInput(field, maps.get().orElse(null)));
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("form-error");
        var send = new Button(sendLabel);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("envoyer-demande");
        send.setDisableOnClick(true);
        var fields = new Div(renderer.render(form.definition(), initial));
        before.forEach(fields::addComponentAsFirst);
        var summary = new Div();
        summary.setId("recapitulatif");
        summary.setVisible(false);
        var check = new Button("Vérifier ma demande");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("verifier-demande");
        add(new Paragraph("Les champs marqués d'un point sont obligatoires."), formError, fields, check, summary);
        setId("formulaire");
        check.addClickListener(click -> {
            List<FieldError> errors = FormValidator.validate(form.definition(), renderer.answers());
            if (!errors.isEmpty()) {
                showErrors(errors);
                return;
            }
            formError.setText("");
            renderer.showErrors(List.of());
            var change = new Button("Modifier", back -> {
                summary.setVisible(false);
                fields.setVisible(true);
                check.setVisible(true);
            });
            summary.removeAll();
            summary.add(new H2("Vérifiez votre demande avant de l'envoyer"),
                    AnswersList.of(form.definition(), FormValidator.visibleAnswers(form.definition(), renderer.answers())),
                    change, send);
            fields.setVisible(false);
            check.setVisible(false);
            summary.setVisible(true);
        });
        send.addClickListener(click -> {
            try {
                Component done = sender.send(renderer.answers());
                removeAll();
                add(done);
            } catch (RequestRefusedException e) {
                summary.setVisible(false);
                fields.setVisible(true);
                check.setVisible(true);
                showErrors(e.errors());
                send.setEnabled(true);
            }
        });
    }

    /** Called after each change of an answer. */
    void onChange(Runnable listener) {
        renderer.onChange(listener);
    }

    Map<String, Object> answers() {
        return renderer.answers();
    }

    private void showErrors(List<FieldError> errors) {
        List<FieldError> general = renderer.showErrors(errors);
        formError.setText("Votre demande n'est pas encore envoyée : corrigez les champs signalés."
                + (general.isEmpty() ? "" : " " + String.join(" ", general.stream().map(FieldError::message).toList())));
    }

    /** Sends the answers. */
    @FunctionalInterface
    interface Sender {

        /** @throws RequestRefusedException with the French errors, field by field */
        Component send(Map<String, Object> answers);
    }
}
