package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.PollingDesk;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.PaperVoter;
import fr.ensemble.participation.domain.VoteRefusedException;
import java.util.List;

/**
 * The polling desk of a citizen vote: sign a person in the register after checking them (identity card, proof of
 * address), then, at the count, enter the paper ballots taken out of the box.
 */
class PollingDeskPanel extends Section {

    PollingDeskPanel(Tenant tenant, String campaignSlug, List<BallotOption> options, List<Tenant> communes, PollingDesk desk) {
        setId("bureau-de-vote");
        var givenName = new TextField("Prénom");
        var familyName = new TextField("Nom");
        var birthDate = new DatePicker("Date de naissance");
        var commune = new Select<Tenant>();
        commune.setLabel("Commune du justificatif de domicile");
        commune.setItems(communes);
        commune.setItemLabelGenerator(Tenant::name);
        var signInResult = status("resultat-emargement");
        var signIn = new Button("Vérifier et émarger", click -> signInResult.setText(attempt(() -> TenantContext.run(
                tenant.slug(), () -> desk.signIn(campaignSlug, new PaperVoter(givenName.getValue(), familyName.getValue(),
                        birthDate.getValue(), commune.getValue() == null ? null : commune.getValue().slug()))),
                givenName.getValue() + " " + familyName.getValue() + " est émargé(e) : remettez-lui un bulletin papier.")));
        signIn.setId("emarger");
        var ballot = new RadioButtonGroup<BallotOption>("Bulletin sorti de l'urne");
        ballot.setItems(options);
        ballot.setItemLabelGenerator(BallotOption::getTitle);
        var countResult = status("resultat-depouillement");
        var enter = new Button("Enregistrer ce bulletin", click -> countResult.setText(attempt(() -> TenantContext.run(
                tenant.slug(), () -> desk.enterBallot(campaignSlug, ballot.getValue() == null ? List.of()
                        : List.of(ballot.getValue().getId()))), "Bulletin enregistré.")));
        enter.setId("enregistrer-bulletin-papier");
        add(new H2("Bureau de vote"), new H3("Émargement"), new Paragraph("Vérifiez la pièce d'identité et le "
                + "justificatif de domicile : une personne qui a voté en ligne ne peut pas voter sur papier."),
                new FormLayout(givenName, familyName, birthDate, commune), signIn, signInResult,
                new H3("Dépouillement"), new Paragraph("Saisissez un à un les bulletins sortis de l'urne : ils ne sont "
                        + "liés à aucun votant."), ballot, enter, countResult);
    }

    private static Paragraph status(String id) {
        var paragraph = new Paragraph();
        paragraph.setId(id);
        paragraph.getElement().setAttribute("role", "status");
        return paragraph;
    }

    private static String attempt(Runnable action, String success) {
        try {
            action.run();
            return success;
        } catch (VoteRefusedException refused) {
            return refused.getMessage();
        }
    }
}
