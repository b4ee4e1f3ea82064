package fr.ensemble.ui.layout;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.upload.Upload;

/** Upload's own drop label is English and too pale for our background (axe: color-contrast): ours is neither. */
public final class DropLabels {

    private DropLabels() {
    }

    public static void set(Upload upload, String text) {
        var label = new NativeLabel(text);
        label.getStyle().set("color", "var(--lumo-body-text-color)");
        upload.setDropLabel(label);
    }
}
