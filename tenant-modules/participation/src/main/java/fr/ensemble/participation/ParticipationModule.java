package fr.ensemble.participation;

import fr.ensemble.core.module.ModuleDescriptor;
import org.springframework.stereotype.Component;

/** Participatory budget, citizen votes, council questions, consultations and concertation maps. */
@Component
public class ParticipationModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "participation";
    }

    @Override
    public String name() {
        return "Participation citoyenne";
    }

    @Override
    public String description() {
        return "Budget participatif, votations, droit d'interpellation, consultations et cartes de concertation.";
    }

    @Override
    public String requiredRole() {
        return "animateur";
    }
}
