package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PreApplicationNumbers;
import fr.ensemble.rendezvous.domain.SlotTakenException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * An agent books for a resident at the phone or at the desk: type, party, a free slot of the place (from
 * {@link SlotSearch}, the resident's own search), the ANTS numbers for a passport or ID card, the contact. The
 * resident gets the same confirmation e-mail as when booking online.
 */
class PhoneBookingDialog extends Dialog {

    private static final int SLOTS_SHOWN = 40;

    private final String tenantSlug;
    private final Place place;
    private final SlotSearch search;
    private final Select<AppointmentType> type = new Select<>();
    private final Select<Integer> people = new Select<>();
    private final DatePicker from = new DatePicker("À partir du");
    private final Select<OfferedSlot> slot = new Select<>();
    private final Div numbers = new Div();
    private final List<TextField> numberFields = new ArrayList<>();
    private final Paragraph error = new Paragraph();

    PhoneBookingDialog(String tenantSlug, Place place, SlotSearch search, Booking booking, Consumer<Appointment> booked) {
        this.tenantSlug = tenantSlug;
        this.place = place;
        this.search = search;
        setHeaderTitle("Rendez-vous pour un usager — " + place.getName());
        var name = new TextField("Nom et prénom de l'usager");
        name.setId("tel-nom");
        var email = new EmailField("Adresse e-mail de l'usager (la confirmation y est envoyée)");
        email.setId("tel-email");
        email.setHelperText("Sans adresse e-mail, donnez le téléphone : aucun e-mail ne part, dites tout à l'usager.");
        var phone = new TextField("Téléphone de l'usager");
        phone.setId("tel-telephone");
        for (var field : List.of(name, email, phone)) {
            field.setWidthFull();
        }
        error.setId("erreur-tel");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        type.setLabel("Type de rendez-vous");
        type.setId("tel-type");
        type.setItems(TenantContext.call(tenantSlug, search::types));
        type.setItemLabelGenerator(AppointmentType::getLabel);
        type.addValueChangeListener(change -> typeChosen());
        people.setLabel("Nombre de personnes");
        people.setId("tel-personnes");
        people.setItemLabelGenerator(n -> n == 1 ? "1 personne" : n + " personnes");
        people.addValueChangeListener(change -> {
            showNumberFields();
            showSlots();
        });
        from.setId("tel-a-partir-du");
        from.setLocale(Locale.FRANCE);
        from.setHelperText("Laissez vide pour les créneaux les plus proches.");
        from.addValueChangeListener(change -> showSlots());
        slot.setLabel("Créneau libre");
        slot.setId("tel-creneau");
        slot.setItemLabelGenerator(offered -> Labels.when(offered.start()) + " — " + offered.deskName());
        slot.setWidthFull();
        numbers.setId("tel-numeros-ants");
        add(type, people, from, slot, numbers, name, email, phone, error);
        var confirm = new Button("Réserver et envoyer la confirmation", click -> {
            if (slot.getValue() == null) {
                error.setText("Choisissez un créneau dans la liste.");
                return;
            }
            try {
                Appointment appointment = TenantContext.call(tenantSlug, () -> booking.bookFor(new AppointmentRequest(
                        type.getValue().getSlug(), slot.getValue().deskId(), slot.getValue().start(), people.getValue(),
                        name.getValue(), email.getValue(), phone.getValue(),
                        numberFields.stream().map(TextField::getValue).toList())));
                close();
                booked.accept(appointment);
            } catch (SlotTakenException e) {
                error.setText(e.getMessage());
                showSlots();
            } catch (AppointmentRefusedException e) {
                error.setText(e.getMessage());
            }
        });
        confirm.setId("confirmer-tel");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Retour", click -> close()), confirm);
        setWidth("40em");
        type.getListDataView().getItems().findFirst().ifPresent(type::setValue);
    }

    private void typeChosen() {
        people.setItems(IntStream.rangeClosed(1, type.getValue().durations().maxPeople()).boxed().toList());
        people.setValue(1);
    }

    private void showNumberFields() {
        numbers.removeAll();
        numberFields.clear();
        if (type.getValue() == null || people.getValue() == null || !type.getValue().needsPreApplicationNumbers()) {
            return;
        }
        for (int i = 1; i <= people.getValue(); i++) {
            var field = new TextField("Numéro de pré-demande ANTS — personne " + i);
            field.setId("tel-numero-ants-" + i);
            field.setMaxLength(14);
            field.setHelperText("10 lettres ou chiffres, par exemple ABCDE12345");
            field.addValueChangeListener(change -> {
                boolean wrong = !change.getValue().isBlank() && !PreApplicationNumbers.isWellFormed(change.getValue());
                field.setInvalid(wrong);
                field.setErrorMessage(wrong ? "10 lettres ou chiffres, sans autre signe." : null);
            });
            numberFields.add(field);
            numbers.add(field);
        }
    }

    private void showSlots() {
        if (type.getValue() == null || people.getValue() == null) {
            return;
        }
        LocalDate first = from.getValue() == null ? LocalDate.now(Labels.PARIS) : from.getValue();
        try {
            List<OfferedSlot> found = TenantContext.call(tenantSlug, () -> search.search(type.getValue().getSlug(),
                    people.getValue(), first, first.plusYears(1), List.of(place.getId()), SLOTS_SHOWN));
            slot.setItems(found);
            slot.setHelperText(found.isEmpty() ? "Aucun créneau libre à partir de ce jour dans ce lieu." : null);
            found.stream().findFirst().ifPresent(slot::setValue);
        } catch (AppointmentRefusedException e) {
            error.setText(e.getMessage());
        }
    }
}
