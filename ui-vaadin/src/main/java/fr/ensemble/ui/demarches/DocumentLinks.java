package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.demarches.application.Instruction.DocumentContent;
import fr.ensemble.demarches.domain.RequestDocument;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;

/** The documents of a request as download links, each read when clicked through the given reader. */
final class DocumentLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private DocumentLinks() {
    }

    static UnorderedList of(List<RequestDocument> documents, LongFunction<DocumentContent> reader) {
        var list = new UnorderedList();
        list.setId("documents");
        for (RequestDocument document : documents) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                DocumentContent content = reader.apply(document.getId());
                return new DownloadResponse(new ByteArrayInputStream(content.content()), document.getFileName(),
                        document.getContentType(), content.content().length);
            }), document.getFileName());
            link.setDownload(true);
            list.add(new ListItem(link, new Span(" — ajouté le "
                    + DATE.format(document.getAddedAt()) + " (" + Math.max(1, document.getSizeBytes() / 1024) + " Ko)"
                    + (document.isVisibleToResident() ? "" : " — interne"))));
        }
        return list;
    }
}
