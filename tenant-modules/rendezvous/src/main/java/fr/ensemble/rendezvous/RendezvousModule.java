package fr.ensemble.rendezvous;

import fr.ensemble.core.module.ModuleDescriptor;
import org.springframework.stereotype.Component;

/** Desk appointments (passport/ID card, health permanences, digital help), workshops and the ANTS booking hub. */
@Component
public class RendezvousModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "rendez-vous";
    }

    @Override
    public String name() {
        return "Rendez-vous";
    }

    @Override
    public String description() {
        return "Les agendas des guichets de la commune (passeport, carte d'identité, permanences), leur planning "
                + "et la prise de rendez-vous en ligne.";
    }

    @Override
    public String requiredRole() {
        return "agent";
    }
}
