package fr.ensemble.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.ui.home.HomeView;
import fr.ensemble.ui.layout.PublicLayout;

/** The French "accès refusé" page of in-app navigation, with HTTP status 403. */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1("Accès refusé"),
                new Paragraph("Votre compte ne donne pas accès à cette page. L'espace agent d'une commune est "
                        + "réservé aux agents de cette commune."),
                new RouterLink("Revenir à l'accueil", HomeView.class));
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Accès refusé — Ensemble";
    }
}
