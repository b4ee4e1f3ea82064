package fr.ensemble.rendezvous.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's desks. */
public interface DeskRepository extends JpaRepository<Desk, Long> {

    List<Desk> findByPlaceIdOrderByName(long placeId);

    Optional<Desk> findByFeedToken(String feedToken);

    /** With their types in the same query (an eager collection would otherwise cost one query per desk). */
    @Query("""
            SELECT d FROM Desk d LEFT JOIN FETCH d.typeIds WHERE d.active = true AND :typeId MEMBER OF d.typeIds
            ORDER BY d.placeId, d.name""")
    List<Desk> serving(long typeId);
}
