package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.BookingWindow;
import fr.ensemble.rendezvous.domain.DeskHours;
import fr.ensemble.rendezvous.domain.DeskHoursRepository;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.WeeklyOpening;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current tenant's admins set for the whole agenda: each desk's weekly hours, and each type's booking
 * delays (minimum notice, maximum advance). Slots offered from then on follow them; booked appointments stay.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
public class AgendaSettings {

    /** What the database accepts for a type's maximum advance. */
    private static final int MOST_DAYS_AHEAD = 366;

    private final DeskHoursRepository hours;
    private final DeskRepository desks;
    private final AppointmentTypeRepository types;

    AgendaSettings(DeskHoursRepository hours, DeskRepository desks, AppointmentTypeRepository types) {
        this.hours = hours;
        this.desks = desks;
        this.types = types;
    }

    /** The desk's weekly hours, Monday first. */
    @Transactional(readOnly = true)
    public List<DeskHours> hours(long deskId) {
        return hours.findByDeskId(deskId).stream().sorted(Comparator.comparing((DeskHours stored) -> stored.opening().day())
                .thenComparing(stored -> stored.opening().from())).toList();
    }

    /** Adds an opening; refused in French when it overlaps one the desk has that day. */
    @Transactional
    public DeskHours addHours(long deskId, WeeklyOpening opening) {
        desks.findById(deskId).orElseThrow(() -> new AppointmentRefusedException("Ce guichet n'existe pas."));
        for (DeskHours stored : hours.findByDeskId(deskId)) {
            WeeklyOpening other = stored.opening();
            if (other.day() == opening.day() && opening.from().isBefore(other.to()) && other.from().isBefore(opening.to())) {
                throw new AppointmentRefusedException("Ces horaires chevauchent ceux du "
                        + other.day().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " de " + other.from() + " à "
                        + other.to() + " : modifiez ou supprimez ceux-ci d'abord.");
            }
        }
        return hours.save(new DeskHours(deskId, opening));
    }

    @Transactional
    public void deleteHours(long hoursId) {
        hours.deleteById(hoursId);
    }

    @Transactional(readOnly = true)
    public List<AppointmentType> types() {
        return types.findAll().stream().sorted(Comparator.comparing(AppointmentType::getLabel)).toList();
    }

    /** A type's booking window: booked at least {@code minimumNoticeMinutes} before, at most {@code maximumAdvanceDays}. */
    @Transactional
    public AppointmentType changeDelays(long typeId, int minimumNoticeMinutes, int maximumAdvanceDays) {
        if (minimumNoticeMinutes < 0 || maximumAdvanceDays < 1 || maximumAdvanceDays > MOST_DAYS_AHEAD) {
            throw new AppointmentRefusedException("Le délai minimal se compte en minutes (0 ou plus) et le délai maximal "
                    + "de 1 à " + MOST_DAYS_AHEAD + " jours.");
        }
        AppointmentType type = types.findById(typeId)
                .orElseThrow(() -> new AppointmentRefusedException("Ce type de rendez-vous n'existe pas."));
        type.change(type.durations(), new BookingWindow(Duration.ofMinutes(minimumNoticeMinutes),
                Duration.ofDays(maximumAdvanceDays)));
        return type;
    }
}
