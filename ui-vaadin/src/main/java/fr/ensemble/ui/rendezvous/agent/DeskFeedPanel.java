package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.DeskFeeds;
import fr.ensemble.rendezvous.domain.Desk;

/** The private calendar address of a desk's planning, and its regeneration once confirmed (the old one dies). */
class DeskFeedPanel extends Section {

    private final String commune;
    private final DeskFeeds feeds;
    private final H2 heading = new H2();
    private final TextField url = new TextField("Adresse d'abonnement (iCalendar)");
    private final Paragraph feedback = new Paragraph();
    private Desk desk;

    DeskFeedPanel(String commune, DeskFeeds feeds) {
        this.commune = commune;
        this.feeds = feeds;
        setId("flux-guichet");
        url.setId("flux-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setHelperText("Sélectionnez l'adresse pour la copier.");
        url.addFocusListener(focus -> url.getElement().executeJs("this.inputElement.select()"));
        feedback.setId("message-flux");
        feedback.getElement().setAttribute("role", "status");
        var regenerate = new Button("Régénérer l'adresse", click -> confirm());
        regenerate.setId("flux-regenerer");
        add(heading, new Paragraph("Abonnez votre agenda (Thunderbird, Outlook, téléphone…) à cette adresse pour y voir "
                + "les rendez-vous du guichet, des 30 derniers jours aux 90 prochains. Elle est secrète : quiconque la "
                + "connaît voit les noms et téléphones des usagers. Ne la diffusez pas ; si elle a circulé, ou si une "
                + "personne qui l'avait quitte le service, régénérez-la."), url, regenerate, feedback);
    }

    void show(Desk shown) {
        desk = shown;
        heading.setText("Flux du guichet " + shown.getName() + " pour votre agenda");
        url.setValue(TenantContext.call(commune, () -> feeds.feedUrl(shown.getId())));
        feedback.setText("");
    }

    private void confirm() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Régénérer l'adresse du guichet " + desk.getName() + " ?");
        dialog.add(new Paragraph("L'adresse actuelle cessera aussitôt de fonctionner : chaque agenda qui y est abonné "
                + "devra l'être à la nouvelle adresse."));
        var confirm = new Button("Régénérer l'adresse", click -> {
            url.setValue(TenantContext.call(commune, () -> feeds.regenerate(desk.getId())));
            feedback.setText("Nouvelle adresse créée : l'ancienne ne fonctionne plus.");
            dialog.close();
        });
        confirm.setId("flux-confirmer");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Retour", click -> dialog.close()), confirm);
        dialog.setWidth("32em");
        dialog.open();
    }
}
