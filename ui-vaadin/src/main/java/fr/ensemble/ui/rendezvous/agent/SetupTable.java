package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A captioned table of the set-up page: column headers scoped, the first cell of each row its header. */
final class SetupTable extends NativeTable {

    SetupTable(String caption, List<String> columns) {
        addClassName("rdv-table");
        setCaptionText(caption);
        var header = new NativeTableRow();
        for (String column : columns) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        getHead().add(header);
    }

    void row(String name, List<String> texts, Component action) {
        var head = new NativeTableHeaderCell(name);
        head.getElement().setAttribute("scope", "row");
        var row = new NativeTableRow(head);
        texts.forEach(text -> row.add(new NativeTableCell(text)));
        row.add(new NativeTableCell(action));
        getBody().add(row);
    }
}
