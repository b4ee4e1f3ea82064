package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AgendaChange;
import fr.ensemble.rendezvous.domain.AgendaChangeRepository;
import fr.ensemble.rendezvous.domain.AgendaException;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closures and extra openings of the current tenant's desks, for its agents: listed, added one by one or
 * imported from an iCalendar file (all or nothing), deleted. Two exceptions of one desk never overlap.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
public class DeskExceptions {

    private final AgendaChangeRepository changes;
    private final DeskRepository desks;

    DeskExceptions(AgendaChangeRepository changes, DeskRepository desks) {
        this.changes = changes;
        this.desks = desks;
    }

    @Transactional(readOnly = true)
    public List<AgendaChange> of(long deskId) {
        return changes.findByDeskIdOrderByStartsAt(deskId);
    }

    @Transactional
    public AgendaChange add(long deskId, AgendaException exception) {
        Desk desk = desk(deskId);
        exception.checkFitsWith(existing(desk.getId()));
        try {
            return changes.saveAndFlush(new AgendaChange(desk.getId(), exception));
        } catch (DataIntegrityViolationException e) {
            throw new AppointmentRefusedException("Cette période chevauche une exception saisie à l'instant par quelqu'un "
                    + "d'autre : rechargez la liste.");
        }
    }

    @Transactional
    public void delete(long changeId) {
        changes.deleteById(changeId);
    }

    /**
     * The closures of an iCalendar file added to each of the desks, in one transaction: a file with an event that
     * overlaps an exception already there (or another event of the file) adds nothing, and says which one.
     *
     * @return how many exceptions were added
     */
    @Transactional
    public int importClosures(Collection<Long> deskIds, InputStream file) {
        List<AgendaException> closures = CalendarFiles.closures(file, Agendas.ZONE);
        if (closures.isEmpty()) {
            throw new AppointmentRefusedException("Ce calendrier ne contient aucun événement : rien n'a été importé.");
        }
        if (deskIds.isEmpty()) {
            throw new AppointmentRefusedException("Choisissez au moins un guichet.");
        }
        List<AgendaChange> added = new ArrayList<>();
        for (long deskId : deskIds) {
            Desk desk = desk(deskId);
            List<AgendaException> taken = new ArrayList<>(existing(desk.getId()));
            for (AgendaException closure : closures) {
                try {
                    closure.checkFitsWith(taken);
                } catch (AppointmentRefusedException overlap) {
                    throw new AppointmentRefusedException("Rien n'a été importé. « " + closure.label() + " » ("
                            + desk.getName() + ") : " + overlap.getMessage());
                }
                taken.add(closure);
                added.add(new AgendaChange(desk.getId(), closure));
            }
        }
        changes.saveAllAndFlush(added);
        return added.size();
    }

    private List<AgendaException> existing(long deskId) {
        return changes.findByDeskIdOrderByStartsAt(deskId).stream().map(AgendaChange::exception).toList();
    }

    private Desk desk(long deskId) {
        return desks.findById(deskId).orElseThrow(() -> new AppointmentRefusedException("Ce guichet n'existe pas."));
    }
}
