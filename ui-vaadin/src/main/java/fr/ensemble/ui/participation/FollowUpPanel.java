package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.FollowUps;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.CampaignRefusedException;
import java.util.List;

/** The follow-up of each winning project, kept by the animateurs: status, progress, committee, milestones. */
class FollowUpPanel extends Section {

    FollowUpPanel(Tenant tenant, List<BallotOption> winners, FollowUps followUps) {
        setId("suivi-projets");
        add(new H2("Suivi des projets retenus"));
        for (BallotOption winner : winners) {
            var current = TenantContext.call(tenant.slug(), () -> followUps.of(winner.getId()));
            var status = new TextField("Où en est le projet");
            var progress = new IntegerField("Avancement (%)");
            var committee = new TextField("Comité de suivi");
            current.ifPresent(followUp -> {
                status.setValue(followUp.status());
                progress.setValue(followUp.progress());
                committee.setValue(followUp.committee() == null ? "" : followUp.committee());
            });
            var message = new Paragraph();
            message.getElement().setAttribute("role", "status");
            var save = new Button("Enregistrer le suivi", click -> message.setText(attempt(() -> TenantContext.run(tenant.slug(),
                    () -> followUps.update(winner.getId(), status.getValue(), progress.getValue() == null ? -1 : progress.getValue(),
                            committee.getValue())), "Suivi enregistré.")));
            var milestone = new TextField("Étape");
            var dueOn = new DatePicker("Date");
            var done = new Checkbox("Réalisée");
            var addMilestone = new Button("Ajouter l'étape", click -> message.setText(attempt(() -> TenantContext.run(
                    tenant.slug(), () -> followUps.addMilestone(winner.getId(), milestone.getValue(), dueOn.getValue(),
                            done.getValue())), "Étape ajoutée.")));
            add(new H3(winner.getTitle()), new FormLayout(status, progress, committee), save,
                    new FormLayout(milestone, dueOn, done), addMilestone, message);
        }
    }

    private static String attempt(Runnable action, String success) {
        try {
            action.run();
            return success;
        } catch (CampaignRefusedException refused) {
            return refused.getMessage();
        }
    }
}
