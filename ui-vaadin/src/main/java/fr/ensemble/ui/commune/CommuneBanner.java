package fr.ensemble.ui.commune;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import fr.ensemble.core.settings.CommuneSettings;

/** A page's title in the commune's own colours. */
public class CommuneBanner extends Div {

    public CommuneBanner(String title, CommuneSettings branding) {
        add(new H1(title));
        addClassName("commune-banner");
        getStyle().set("--commune-primary", branding.getPrimaryColor())
                .set("--commune-accent", branding.getAccentColor());
    }
}
