package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.RequestReceipts;
import fr.ensemble.demarches.domain.Request;
import java.io.ByteArrayInputStream;

/** What a resident sees once their request is filed: its tracking number, the PDF receipt, where to follow it. */
final class FiledRequest {

    private FiledRequest() {
    }

    static Div of(Tenant tenant, Request request, RequestReceipts receipts, boolean withAccount) {
        var number = new Span(request.getTrackingNumber());
        number.setId("numero-suivi");
        var page = new Div(new H2("Votre demande est envoyée"), new Paragraph(new Span("Numéro de suivi : "), number),
                new Paragraph(receiptLink(tenant, request, receipts)),
                new Paragraph("Un e-mail de confirmation part vers " + request.getContactEmail() + "."
                        + (withAccount ? " Vous suivez votre demande dans « Mon compte »."
                                : " Les nouvelles de votre demande vous arriveront par e-mail.")));
        if (withAccount) {
            page.add(new Anchor("compte", "Aller à Mon compte"));
        }
        return page;
    }

    static Anchor receiptLink(Tenant tenant, Request request, RequestReceipts receipts) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = TenantContext.call(tenant.slug(), () -> receipts.pdf(request, tenant.name()));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "accuse-reception-" + request.getTrackingNumber() + ".pdf",
                    "application/pdf", pdf.length);
        }), "Télécharger l'accusé de réception (PDF)");
        link.setId("accuse-reception");
        link.setDownload(true);
        return link;
    }
}
