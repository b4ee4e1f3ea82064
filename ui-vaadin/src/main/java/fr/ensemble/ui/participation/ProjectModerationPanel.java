package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.ProjectModeration;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.Money;
import fr.ensemble.participation.domain.Project;

/**
 * The projects submitted to a budget, for its animateurs: hide one with a reason shown to its author, record the
 * feasibility study (feasible with its cost, or not with the reason), put a feasible one to the vote.
 */
class ProjectModerationPanel extends Section {

    private final Tenant tenant;
    private final String campaignSlug;
    private final ProjectModeration moderation;
    private final Runnable changed;
    private final Grid<Project> grid = new Grid<>();
    private final Div detail = new Div();

    ProjectModerationPanel(Tenant tenant, String campaignSlug, ProjectModeration moderation, Runnable changed) {
        this.tenant = tenant;
        this.campaignSlug = campaignSlug;
        this.moderation = moderation;
        this.changed = changed;
        setId("moderation-projets");
        grid.setAriaLabel("Projets déposés");
        grid.addColumn(Project::getTitle).setHeader("Projet").setAutoWidth(true);
        grid.addColumn(Project::getAuthorName).setHeader("Auteur").setAutoWidth(true);
        grid.addColumn(project -> Money.format(project.getEstimatedCostCents())).setHeader("Coût estimé").setAutoWidth(true);
        grid.addColumn(project -> project.getStatus().label()).setHeader("État").setAutoWidth(true);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));
        add(new H2("Projets déposés"), grid, detail);
        refresh();
    }

    private void refresh() {
        var projects = TenantContext.call(tenant.slug(), () -> moderation.projects(campaignSlug));
        grid.setItems(projects);
        grid.setAllRowsVisible(projects.size() <= 15);
    }

    private void open(Project project) {
        var reason = new TextArea("Motif (montré à l'auteur)");
        reason.setWidthFull();
        reason.setId("projet-motif");
        var cost = new BigDecimalField("Coût retenu par l'étude (euros)");
        cost.setId("projet-cout-etudie");
        var error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        long id = project.getId();
        var hide = new Button("Masquer", click -> act(error, () -> moderation.hide(id, reason.getValue())));
        var feasible = new Button("Faisable", click -> act(error, () -> moderation.study(id, true, reason.getValue(),
                cost.getValue() == null ? null : cost.getValue().movePointRight(2).longValue())));
        var notFeasible = new Button("Non faisable", click -> act(error, () -> moderation.study(id, false, reason.getValue(), null)));
        var select = new Button("Soumettre au vote", click -> act(error, () -> moderation.select(id)));
        hide.setId("projet-masquer");
        feasible.setId("projet-faisable");
        notFeasible.setId("projet-non-faisable");
        select.setId("projet-soumettre");
        detail.removeAll();
        detail.add(new H3(project.getTitle()), new Paragraph(project.getDescription()),
                new Paragraph(project.getCategory().label() + " · " + Money.format(project.getEstimatedCostCents())
                        + (project.getLatitude() == null ? "" : " · lieu : " + project.getLatitude() + ", " + project.getLongitude())
                        + (project.getCoAuthors() == null ? "" : " · co-auteurs : " + project.getCoAuthors())),
                error, reason, cost, new HorizontalLayout(hide, feasible, notFeasible, select));
    }

    private void act(Paragraph error, Runnable change) {
        try {
            TenantContext.run(tenant.slug(), change);
            error.setText("");
            detail.removeAll();
            refresh();
            changed.run();
        } catch (CampaignRefusedException refused) {
            error.setText(refused.getMessage());
        }
    }
}
