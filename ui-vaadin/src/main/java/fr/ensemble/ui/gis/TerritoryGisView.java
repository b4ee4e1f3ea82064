package fr.ensemble.ui.gis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.gis.layer.LayerAccess;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/** The shared layers of the territory, administered by its SIG staff ({@code sig-admin}). */
@Route(value = "territoire/sig", layout = PublicLayout.class)
@PageTitle("SIG du territoire — Ensemble")
@PermitAll
public class TerritoryGisView extends Div implements BeforeEnterObserver {

    private final LayerAccess access;
    private final GisServices services;

    public TerritoryGisView(LayerAccess access, GisServices services) {
        this.access = access;
        this.services = services;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.canAdminister(null, SecurityContextHolder.getContext().getAuthentication())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        add(new H1("SIG du territoire"), new Paragraph("Les couches partagées par les neuf communes : les communes "
                + "les voient selon leur public, sur les cartes, en OGC API – Features et en tuiles vectorielles."),
                new LayerAdministration(null, services));
    }
}
