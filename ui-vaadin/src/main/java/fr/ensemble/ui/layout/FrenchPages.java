package fr.ensemble.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every page is French: {@code <html lang="fr">} for screen readers, French locale for components. */
@Component
public class FrenchPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "fr"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(Locale.FRANCE));
    }
}
