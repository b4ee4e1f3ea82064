package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.demarches.domain.Procedure;

/** What a procedure is for, what to prepare and how long it takes, above its form. */
final class ProcedureHeader {

    private ProcedureHeader() {
    }

    static Div of(Tenant tenant, Procedure procedure) {
        var header = new Div(new Anchor(tenant.slug() + "/demarches", "← Toutes les démarches de " + tenant.name()),
                new H1(procedure.getTitle()), new Paragraph(procedure.getSummary()));
        if (procedure.getRequiredDocuments() != null) {
            header.add(new Paragraph("À prévoir : " + procedure.getRequiredDocuments()));
        }
        if (procedure.getExpectedDelay() != null) {
            header.add(new Paragraph("Délai indicatif : " + procedure.getExpectedDelay()));
        }
        return header;
    }
}
