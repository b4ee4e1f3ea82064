package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AgendaException;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.ExceptionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545) files: written for appointments and feeds, read for the import of closures. */
public final class CalendarFiles {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final String PRODUCT = "-//Est Ensemble//Ensemble rendez-vous//FR";

    private CalendarFiles() {
    }

    /** One event of a calendar file. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
            boolean cancelled) {
    }

    public static String write(List<Event> events) {
        var calendar = new Calendar().withProperty(new ProdId(PRODUCT)).withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN).withProperty(new Method(Method.VALUE_PUBLISH)).getFluentTarget();
        for (Event event : events) {
            VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
            vevent.add(new Uid(event.uid()));
            if (event.location() != null) {
                vevent.add(new Location(event.location()));
            }
            if (event.description() != null) {
                vevent.add(new Description(event.description()));
            }
            if (event.cancelled()) {
                vevent.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(vevent);
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The events of a calendar file as closures in local time (an all-day event closes its whole days), e.g. the
     * public holidays or the town hall's own calendar. Refused in French when the file is not iCalendar.
     */
    public static List<AgendaException> closures(InputStream file, ZoneId zone) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(file);
        } catch (IOException | ParserException | RuntimeException e) {
            throw new AppointmentRefusedException("Ce fichier n'est pas un calendrier iCalendar (.ics) lisible.");
        }
        List<AgendaException> closures = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Temporal start = event.<Temporal>getStartDate().orElseThrow(() -> new AppointmentRefusedException(
                    "Un événement du calendrier n'a pas de date de début.")).getDate();
            LocalDateTime from = local(start, zone);
            LocalDateTime to = event.<Temporal>getEndDate(false).map(end -> local(end.getDate(), zone))
                    .orElse(start instanceof LocalDate ? from.plusDays(1) : from);
            String summary = event.getSummary() == null || event.getSummary().getValue().isBlank() ? "Fermeture"
                    : event.getSummary().getValue();
            closures.add(new AgendaException(from, to, ExceptionKind.CLOSURE, summary.length() > 200
                    ? summary.substring(0, 200) : summary));
        }
        return closures;
    }

    private static LocalDateTime local(Temporal temporal, ZoneId zone) {
        return switch (temporal) {
            case LocalDate date -> date.atStartOfDay();
            case LocalDateTime dateTime -> dateTime;
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone).toLocalDateTime();
            case OffsetDateTime offset -> offset.atZoneSameInstant(zone).toLocalDateTime();
            case Instant instant -> instant.atZone(zone).toLocalDateTime();
            default -> throw new AppointmentRefusedException("Une date du calendrier n'est pas lisible : " + temporal);
        };
    }
}
