package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.ensemble.participation.application.Campaigns.CommuneParticipation;
import java.util.List;

/** How many took part from each commune in a territory campaign, as a table. */
class ParticipationPerCommune extends Section {

    ParticipationPerCommune(List<CommuneParticipation> perCommune) {
        setId("participation-par-commune");
        var table = new NativeTable();
        table.setCaptionText("Participants par commune de résidence");
        var header = new NativeTableRow();
        for (String column : List.of("Commune", "Participants")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        perCommune.forEach(commune -> {
            var name = new NativeTableHeaderCell(commune.commune());
            name.getElement().setAttribute("scope", "row");
            table.getBody().add(new NativeTableRow(name, new NativeTableCell(Long.toString(commune.participants()))));
        });
        add(new H2("Participation par commune"), new Paragraph("Combien d'habitants de chaque commune ont voté, en "
                + "ligne ou sur papier, d'après la liste d'émargement : les bulletins, eux, ne disent pas de quelle commune "
                + "ils viennent."), table);
    }
}
