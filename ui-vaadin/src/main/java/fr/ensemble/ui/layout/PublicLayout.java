package fr.ensemble.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import fr.ensemble.ui.home.HomeView;

/** The frame of every public page: a header linking home, the page in a {@code main} landmark, a footer. */
public class PublicLayout extends FlexLayout implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout() {
        setFlexDirection(FlexDirection.COLUMN);
        setSizeFull();
        var home = new RouterLink("Ensemble", HomeView.class);
        home.getElement().setAttribute("aria-label", "Ensemble, accueil");
        var header = new Header(home);
        header.addClassName("ensemble-header");
        content.addClassName("ensemble-content");
        content.setId("contenu");
        var footer = new Footer(new Paragraph("Ensemble — plateforme numérique partagée des communes d'Est Ensemble"));
        footer.addClassName("ensemble-content");
        add(header, content, footer);
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
