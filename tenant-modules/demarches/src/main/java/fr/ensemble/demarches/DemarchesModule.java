package fr.ensemble.demarches;

import fr.ensemble.core.module.ModuleDescriptor;
import org.springframework.stereotype.Component;

/** Online procedures ("Mes Démarches"): the commune's catalogue, forms, requests and their instruction. */
@Component
public class DemarchesModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "demarches";
    }

    @Override
    public String name() {
        return "Mes Démarches";
    }

    @Override
    public String description() {
        return "Le catalogue des démarches en ligne de la commune, les demandes reçues et leur instruction.";
    }

    @Override
    public String requiredRole() {
        return "instructeur";
    }
}
