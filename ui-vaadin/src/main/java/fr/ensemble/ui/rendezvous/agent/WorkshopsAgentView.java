package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgentPlanning;
import fr.ensemble.rendezvous.application.WorkshopRosters.FollowedWorkshop;
import fr.ensemble.rendezvous.application.WorkshopRosters.RosterEntry;
import fr.ensemble.rendezvous.application.WorkshopRosters;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import fr.ensemble.ui.agent.BackOfficePages;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The commune's workshops for its agents: those of the last 30 days and to come with their seats and waiting
 * lists, a form to open one, and the registrations of the workshop chosen.
 */
@Route(value = "agent/:commune/rendez-vous/ateliers", layout = PublicLayout.class)
@PermitAll
@StyleSheet("rendezvous-agent.css")
public class WorkshopsAgentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BackOfficePages pages;
    private final AgentPlanning planning;
    private final Workshops workshops;
    private final WorkshopRosters rosters;
    private final Div list = new Div();
    private final Div roster = new Div();
    private final Paragraph feedback = new Paragraph();
    private Tenant tenant;
    private String title = "Ateliers — Ensemble";

    public WorkshopsAgentView(BackOfficePages pages, AgentPlanning planning, Workshops workshops,
            WorkshopRosters rosters) {
        this.pages = pages;
        this.planning = planning;
        this.workshops = workshops;
        this.rosters = rosters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = pages.open(event, "agent", "Ateliers").orElse(null);
        if (opened == null) {
            return;
        }
        tenant = opened.tenant();
        title = opened.title();
        removeAll();
        add(opened.banner(),
                new Paragraph(new Anchor("agent/" + tenant.slug() + "/rendez-vous", "Retour au planning")));
        List<Place> places = TenantContext.call(tenant.slug(), planning::places);
        if (places.isEmpty()) {
            add(new Paragraph(tenant.name() + " n'a pas encore de lieu où tenir un atelier."));
            return;
        }
        feedback.setId("message-ateliers");
        feedback.getElement().setAttribute("role", "status");
        list.setId("ateliers");
        roster.setId("inscriptions");
        add(feedback, list, roster, new WorkshopForm(places,
                wanted -> TenantContext.call(tenant.slug(), () -> workshops.create(wanted)), this::opened));
        refresh();
    }

    private void opened(Workshop workshop) {
        feedback.setText("Atelier « " + workshop.getTitle() + " » ouvert le " + Labels.when(workshop.getStartsAt())
                + " : les usagers peuvent s'y inscrire.");
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<FollowedWorkshop> followed = TenantContext.call(tenant.slug(), rosters::recentAndComing);
        if (followed.isEmpty()) {
            var empty = new Paragraph("Aucun atelier à venir ni des 30 derniers jours. Ouvrez-en un avec le formulaire "
                    + "« Ouvrir un atelier » ci-dessous : les usagers s'y inscrivent depuis la page des rendez-vous de la commune, et leurs "
                    + "inscriptions apparaissent ici.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var table = new NativeTable();
        table.addClassName("rdv-table");
        table.setCaptionText("Ateliers des 30 derniers jours et à venir");
        table.getHead().add(header("Atelier", "Type", "Lieu", "Date", "Places prises", "Liste d'attente", "Inscriptions"));
        for (FollowedWorkshop one : followed) {
            Workshop workshop = one.listed().workshop();
            var name = new NativeTableHeaderCell(workshop.getTitle() + (one.started() ? " (passé)" : ""));
            name.getElement().setAttribute("scope", "row");
            var show = new Button("Voir les inscrits", click -> showRoster(workshop));
            show.addClassName("action-inscrits");
            show.getElement().setAttribute("aria-label", "Voir les inscrits de « " + workshop.getTitle() + " »");
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row = new NativeTableRow(name, new NativeTableCell(workshop.getKind().label()),
                    new NativeTableCell(one.listed().place().getName()),
                    new NativeTableCell(Labels.when(workshop.getStartsAt()) + "–" + Labels.time(workshop.getEndsAt())),
                    new NativeTableCell(workshop.getSeatsTaken() + " / " + workshop.getCapacity()),
                    new NativeTableCell(one.waitingParties() == 0 ? "personne"
                            : one.waitingParties() + (one.waitingParties() > 1 ? " inscriptions" : " inscription")),
                    new NativeTableCell(show));
            row.getElement().setAttribute("data-atelier", workshop.getId().toString());
            table.getBody().add(row);
        }
        list.add(table);
    }

    private void showRoster(Workshop workshop) {
        roster.removeAll();
        List<RosterEntry> entries = TenantContext.call(tenant.slug(), () -> rosters.registrationsOf(workshop.getId()));
        var heading = new H2("Inscriptions à « " + workshop.getTitle() + " »");
        heading.setId("inscriptions-titre");
        heading.getElement().setAttribute("tabindex", "-1");
        roster.add(heading);
        if (entries.isEmpty()) {
            var empty = new Paragraph("Personne ne s'est encore inscrit à cet atelier.");
            empty.addClassName("empty-state");
            roster.add(empty);
        } else {
            var table = new NativeTable();
            table.addClassName("rdv-table");
            table.setCaptionText("Inscriptions, dans leur ordre d'arrivée");
            table.getHead().add(header("Nom", "E-mail", "Téléphone", "Personnes", "Statut", "Inscrit le"));
            entries.forEach(entry -> table.getBody().add(line(entry)));
            roster.add(table);
        }
        heading.getElement().callJsFunction("focus");
    }

    private static NativeTableRow line(RosterEntry entry) {
        WorkshopRegistration registration = entry.registration();
        var name = new NativeTableHeaderCell(registration.contact().name());
        name.getElement().setAttribute("scope", "row");
        String status = registration.getStatus() == WorkshopRegistrationStatus.ATTENTE
                ? registration.getStatus().label() + " (rang " + entry.rank() + ")" : registration.getStatus().label();
        var row = new NativeTableRow(name, new NativeTableCell(registration.contact().email()),
                new NativeTableCell(registration.contact().phone() == null ? "—" : registration.contact().phone()),
                new NativeTableCell(Integer.toString(registration.getPeople())), new NativeTableCell(status),
                new NativeTableCell(Labels.when(registration.getRegisteredAt())));
        row.getElement().setAttribute("data-reference", registration.getReference());
        return row;
    }

    private static NativeTableRow header(String... columns) {
        var header = new NativeTableRow();
        for (String column : columns) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        return header;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
