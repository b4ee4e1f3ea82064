package fr.ensemble.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.ui.home.HomeView;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.servlet.http.HttpServletResponse;

/** The French "page not found" page, with HTTP status 404. */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1("Page introuvable"),
                new Paragraph("L'adresse demandée ne correspond à aucune page d'Ensemble. "
                        + "Vérifiez le nom de la commune dans l'adresse."),
                new RouterLink("Revenir à l'accueil", HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return "Page introuvable — Ensemble";
    }
}
