package fr.ensemble.gis;

import fr.ensemble.core.module.ModuleDescriptor;
import org.springframework.stereotype.Component;

/** The commune's own layers in the shared GIS, in the back office's menu. */
@Component
public class GisModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "sig";
    }

    @Override
    public String name() {
        return "SIG — couches de la commune";
    }

    @Override
    public String description() {
        return "Créer les couches de la commune, importer des fichiers (GeoJSON, GeoPackage, CSV), corriger les attributs.";
    }

    @Override
    public String requiredRole() {
        return "agent";
    }
}
