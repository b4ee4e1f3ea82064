package fr.ensemble.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.ui.home.HomeView;
import fr.ensemble.ui.security.CurrentUser;

/**
 * The frame of every page: a header linking home with the login state (one account for every commune), the
 * page in a {@code main} landmark, a footer.
 */
@AnonymousAllowed
public class PublicLayout extends FlexLayout implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout(CurrentUser currentUser) {
        setFlexDirection(FlexDirection.COLUMN);
        setSizeFull();
        var home = new RouterLink("Ensemble", HomeView.class);
        home.getElement().setAttribute("aria-label", "Ensemble, accueil");
        var header = new Header(home, account(currentUser));
        header.addClassName("ensemble-header");
        content.addClassName("ensemble-content");
        content.setId("contenu");
        var footer = new Footer(new Paragraph("Ensemble — plateforme numérique partagée des communes d'Est Ensemble"));
        footer.addClassName("ensemble-content");
        add(header, content, footer);
    }

    private static Nav account(CurrentUser currentUser) {
        var nav = new Nav();
        nav.addClassName("ensemble-account");
        nav.getElement().setAttribute("aria-label", "Mon compte");
        if (currentUser.get().isPresent()) {
            var name = new Span(currentUser.displayName());
            name.setId("utilisateur");
            var logout = new Button("Se déconnecter", click -> currentUser.logout());
            logout.addClassName("header-button");
            logout.setId("deconnexion");
            nav.add(name, new Anchor("compte", "Mon compte"), logout);
        } else {
            var login = new Anchor("compte", "Se connecter");
            login.setId("connexion");
            nav.add(login);
        }
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        content.getElement().appendChild(page.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
