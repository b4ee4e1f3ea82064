package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.SlotTakenException;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Booking an appointment in a commune: the type and the number of people, the free slots across its places and
 * desks (the soonest first, or from a chosen day), the ANTS pre-application numbers for a passport or ID card,
 * the contact; the confirmation shows the reference and an e-mail with the .ics follows.
 */
@Route(value = ":commune/rendez-vous", layout = PublicLayout.class)
@PermitAll
public class BookingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SLOTS_SHOWN = 12;

    private final TenantRegistry registry;
    private final SlotSearch search;
    private final Booking booking;
    private final CurrentUser currentUser;
    private final Workshops workshops;
    private final WorkshopRegistrations workshopRegistrations;
    private final Select<AppointmentType> type = new Select<>();
    private final Select<Integer> people = new Select<>();
    private final DatePicker from = new DatePicker("À partir du");
    private final RadioButtonGroup<OfferedSlot> slots = new RadioButtonGroup<>("Créneaux libres, les plus proches d'abord");
    private final Div numbers = new Div();
    private final List<TextField> numberFields = new ArrayList<>();
    private final TextField name = new TextField("Nom et prénom");
    private final EmailField email = new EmailField("Adresse e-mail");
    private final TextField phone = new TextField("Téléphone (facultatif)");
    private final Paragraph error = new Paragraph();
    private final Div form = new Div();
    private Tenant tenant;
    private String title = "Rendez-vous — Ensemble";

    public BookingView(TenantRegistry registry, SlotSearch search, Booking booking, CurrentUser currentUser,
            Workshops workshops, WorkshopRegistrations workshopRegistrations) {
        this.registry = registry;
        this.search = search;
        this.booking = booking;
        this.currentUser = currentUser;
        this.workshops = workshops;
        this.workshopRegistrations = workshopRegistrations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        title = "Prendre rendez-vous — " + tenant.name() + " — Ensemble";
        removeAll();
        add(new H1("Prendre rendez-vous — " + tenant.name()));
        List<AppointmentType> types = TenantContext.call(tenant.slug(), search::types);
        if (types.isEmpty()) {
            add(new Paragraph(tenant.name() + " ne propose pas encore de rendez-vous en ligne : contactez l'accueil de la mairie."));
            add(new WorkshopsSection(tenant, workshops, workshopRegistrations, currentUser));
            return;
        }
        error.setId("erreur-rdv");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        type.setLabel("Type de rendez-vous");
        type.setId("type-rdv");
        type.setItems(types);
        type.setItemLabelGenerator(AppointmentType::getLabel);
        type.addValueChangeListener(change -> typeChosen());
        people.setLabel("Nombre de personnes (un même foyer)");
        people.setId("nombre-personnes");
        people.addValueChangeListener(change -> {
            showNumberFields();
            showSlots();
        });
        from.setId("a-partir-du");
        from.setLocale(java.util.Locale.FRANCE);
        from.setHelperText("Laissez vide pour voir les créneaux les plus proches.");
        from.addValueChangeListener(change -> showSlots());
        slots.setId("creneaux");
        slots.setItemLabelGenerator(SlotLabels::of);
        numbers.setId("numeros-ants");
        name.setId("nom-rdv");
        email.setId("email-rdv");
        phone.setId("telephone-rdv");
        currentUser.get().ifPresent(user -> {
            name.setValue(user.getFullName() == null ? "" : user.getFullName());
            email.setValue(user.getEmail() == null ? "" : user.getEmail());
        });
        var confirm = new Button("Confirmer le rendez-vous", click -> confirm());
        confirm.setId("confirmer-rdv");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.removeAll();
        form.add(new Paragraph("Choisissez le type de rendez-vous, puis un créneau."), type, people, from, slots, numbers,
                new H2("Vos coordonnées"), name, email, phone, error, confirm);
        add(form, new WorkshopsSection(tenant, workshops, workshopRegistrations, currentUser));
        type.setValue(types.getFirst());
        preselect(event.getLocation().getQueryParameters(), types);
    }

    /**
     * The ANTS hub sends residents here with the slot they chose there ({@code ?type=&personnes=&jour=}): the form
     * opens on that type, party and day. Anything unreadable is ignored.
     */
    private void preselect(QueryParameters query, List<AppointmentType> types) {
        query.getSingleParameter("type").flatMap(slug -> types.stream().filter(candidate -> candidate.getSlug().equals(slug))
                .findFirst()).ifPresent(type::setValue);
        query.getSingleParameter("personnes").filter(value -> value.matches("[1-5]")).map(Integer::valueOf)
                .filter(wanted -> wanted <= type.getValue().durations().maxPeople()).ifPresent(people::setValue);
        query.getSingleParameter("jour").flatMap(BookingView::day).ifPresent(from::setValue);
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void typeChosen() {
        AppointmentType chosen = type.getValue();
        int most = chosen.durations().maxPeople();
        people.setItems(IntStream.rangeClosed(1, most).boxed().toList());
        people.setItemLabelGenerator(n -> n == 1 ? "1 personne" : n + " personnes");
        people.setHelperText(chosen.getDocuments() == null ? null : "À apporter : " + chosen.getDocuments());
        people.setValue(1);
    }

    private void showNumberFields() {
        numbers.removeAll();
        numberFields.clear();
        if (type.getValue() == null || people.getValue() == null || !type.getValue().needsPreApplicationNumbers()) {
            return;
        }
        numbers.add(new Paragraph("Chaque personne fait d'abord sa pré-demande en ligne sur le site de l'ANTS "
                + "(ants.gouv.fr), qui lui donne un numéro de 10 lettres ou chiffres."));
        for (int i = 1; i <= people.getValue(); i++) {
            var field = new TextField("Numéro de pré-demande ANTS — personne " + i);
            field.setId("numero-ants-" + i);
            field.setMaxLength(14);
            field.setHelperText("10 lettres ou chiffres, par exemple ABCDE12345");
            numberFields.add(field);
            numbers.add(field);
        }
    }

    private void showSlots() {
        if (type.getValue() == null || people.getValue() == null) {
            return;
        }
        List<OfferedSlot> found;
        try {
            found = TenantContext.call(tenant.slug(), () -> from.getValue() == null
                    ? search.soonest(type.getValue().getSlug(), people.getValue(), SLOTS_SHOWN)
                    : search.search(type.getValue().getSlug(), people.getValue(), from.getValue(),
                            from.getValue().plusYears(1), null, SLOTS_SHOWN));
        } catch (AppointmentRefusedException e) {
            error.setText(e.getMessage());
            return;
        }
        slots.setItems(found);
        slots.setHelperText(found.isEmpty() ? "Aucun créneau libre pour le moment : revenez bientôt, de nouveaux "
                + "créneaux ouvrent chaque jour." : null);
    }

    private void confirm() {
        OfferedSlot slot = slots.getValue();
        if (slot == null) {
            error.setText("Choisissez un créneau dans la liste.");
            return;
        }
        try {
            Appointment appointment = TenantContext.call(tenant.slug(), () -> booking.book(new AppointmentRequest(
                    type.getValue().getSlug(), slot.deskId(), slot.start(), people.getValue(), name.getValue(),
                    email.getValue(), phone.getValue(), numberFields.stream().map(TextField::getValue).toList())));
            removeAll();
            var reference = new Span(appointment.getReference());
            reference.setId("reference-rdv");
            add(new H1("Votre rendez-vous est confirmé"),
                    new Paragraph(type.getValue().getLabel() + ", le " + SlotLabels.when(slot.start()) + ", " + slot.placeName() + "."),
                    new Paragraph(new Span("Référence : "), reference),
                    new Paragraph("Un e-mail de confirmation part vers " + appointment.contact().email()
                            + ", avec le rendez-vous à ajouter à votre agenda et un lien pour l'annuler ou le déplacer."),
                    new Anchor("compte", "Retrouver mes rendez-vous dans Mon compte"));
        } catch (SlotTakenException e) {
            error.setText(e.getMessage());
            showSlots();
        } catch (AppointmentRefusedException e) {
            error.setText(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
