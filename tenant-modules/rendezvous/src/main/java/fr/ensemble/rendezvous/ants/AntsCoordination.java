package fr.ensemble.rendezvous.ants;

import java.util.Collection;
import java.util.Map;

/**
 * The ANTS anti-duplicate API ("api-coordination" of the passport appointment hub): every publisher declares the
 * appointments made with a pre-application number, removes them when cancelled, and reads a number's status and
 * the appointments other publishers declared for it.
 */
public interface AntsCoordination {

    /** False when this deployment is not connected to the API (no URL configured): nothing is sent or checked. */
    boolean enabled();

    /** Each number's status and declared appointments; numbers the API does not know are absent. */
    Map<String, ApplicationStatus> status(Collection<String> applicationIds);

    void declare(DeclaredAppointment appointment);

    void delete(DeclaredAppointment appointment);
}
