package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.Money;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.participation.domain.Project;
import java.time.LocalDate;
import java.util.List;

/**
 * The projects of a participatory budget before its vote: the link to submit one while submissions are open, the
 * signed-in resident's own projects (a hidden one with the moderation's reason), and everyone's visible projects.
 */
class ProjectsSection extends Section {

    ProjectsSection(Tenant tenant, Campaign campaign, LocalDate today, List<Project> visible, List<Project> mine) {
        setId("projets");
        add(new H2("Les projets déposés"));
        if (campaign.phase(Phase.SUBMISSION).filter(phase -> phase.contains(today)).isPresent()) {
            var submit = new Anchor(ParticipationPages.campaignPath(tenant, campaign) + "/deposer", "Déposer un projet");
            submit.setId("deposer");
            add(new Paragraph(submit));
        }
        if (!mine.isEmpty()) {
            add(new H3("Vos projets"));
            mine.forEach(project -> add(new Paragraph("« " + project.getTitle() + " » : " + project.getStatus().label()
                    + (project.getStatusReason() == null ? "" : " — motif : " + project.getStatusReason()))));
        }
        if (visible.isEmpty()) {
            add(new Paragraph("Aucun projet n'est encore déposé."));
        }
        visible.forEach(project -> add(card(tenant, project)));
    }

    private static Article card(Tenant tenant, Project project) {
        long cost = project.getStudiedCostCents() == null ? project.getEstimatedCostCents() : project.getStudiedCostCents();
        var card = new Article(new H3(project.getTitle()), new Paragraph(project.getCategory().label() + " · "
                + Money.format(cost) + " · " + project.getStatus().label() + " · proposé par " + project.getAuthorName()
                + (project.getCoAuthors() == null ? "" : ", avec " + project.getCoAuthors())),
                new Paragraph(project.getDescription()));
        if (project.getStatusReason() != null) {
            card.add(new Paragraph("Avis des services : " + project.getStatusReason()));
        }
        List<String> descriptions = project.getImageDescriptions();
        for (int position = 1; position <= descriptions.size(); position++) {
            String description = descriptions.get(position - 1);
            var image = new Image("api/v1/" + tenant.slug() + "/participation/projects/" + project.getId() + "/images/" + position,
                    description.isBlank() ? "Image " + position + " du projet « " + project.getTitle() + " »" : description);
            image.setMaxWidth("16rem");
            card.add(image);
        }
        card.addClassName("projet");
        return card;
    }
}
