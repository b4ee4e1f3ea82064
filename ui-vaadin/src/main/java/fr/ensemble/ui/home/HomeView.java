package fr.ensemble.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.commune.CommuneView;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.TerritoryMapView;

@Route(value = "", layout = PublicLayout.class)
@PageTitle("Ensemble — les services en ligne des communes d'Est Ensemble")
@AnonymousAllowed
public class HomeView extends Div {

    public HomeView(TenantRegistry registry) {
        var communes = new UnorderedList();
        communes.addClassName("commune-list");
        communes.setId("communes");
        for (Tenant commune : registry.communes()) {
            communes.add(new ListItem(linkTo(commune)));
        }
        var heading = new H2("Choisissez votre commune");
        heading.setId("choix-commune");
        communes.getElement().setAttribute("aria-labelledby", "choix-commune");
        add(new H1("Bienvenue sur Ensemble"),
                new Paragraph("Un seul compte pour vos démarches, vos rendez-vous et votre participation "
                        + "à la vie locale, dans les neuf communes d'Est Ensemble."),
                heading, communes, new RouterLink("Voir la carte du territoire", TerritoryMapView.class));
    }

    private static RouterLink linkTo(Tenant commune) {
        var link = new RouterLink(commune.name(), CommuneView.class,
                new RouteParameters(CommuneView.COMMUNE_PARAMETER, commune.slug()));
        link.getElement().setAttribute("data-commune", commune.slug());
        return link;
    }
}
