package fr.ensemble.participation.application;

import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.FollowUp;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of winning projects: where each stands (status, progress, committee members) and its milestones,
 * kept by the commune's {@code animateur} agents and shown to everyone on the campaign's page.
 */
@Service
public class FollowUps {

    @PersistenceContext
    private EntityManager entityManager;

    private final BallotOptionRepository options;
    private final Clock clock;

    FollowUps(BallotOptionRepository options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public void update(long optionId, String status, int progress, String committee) {
        require(optionId);
        if (status == null || status.isBlank() || progress < 0 || progress > 100) {
            throw new CampaignRefusedException("Indiquez où en est le projet et son avancement, de 0 à 100 %.");
        }
        entityManager.createNativeQuery("""
                INSERT INTO option_follow_up (option_id, status, progress, committee, updated_at)
                VALUES (:option, :status, :progress, :committee, :now)
                ON CONFLICT (option_id) DO UPDATE SET status = excluded.status, progress = excluded.progress,
                    committee = excluded.committee, updated_at = excluded.updated_at""")
                .setParameter("option", optionId).setParameter("status", status.strip()).setParameter("progress", progress)
                .setParameter("committee", committee == null || committee.isBlank() ? null : committee.strip())
                .setParameter("now", clock.instant()).executeUpdate();
    }

    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'animateur')")
    public void addMilestone(long optionId, String title, LocalDate dueOn, boolean done) {
        require(optionId);
        if (title == null || title.isBlank() || dueOn == null) {
            throw new CampaignRefusedException("Donnez un titre et une date à l'étape.");
        }
        entityManager.createNativeQuery("INSERT INTO option_milestone (option_id, title, due_on, done) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, optionId).setParameter(2, title.strip()).setParameter(3, dueOn).setParameter(4, done)
                .executeUpdate();
    }

    /** The follow-up of an option, if one was written. */
    @Transactional(readOnly = true)
    public Optional<FollowUp> of(long optionId) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT status, progress, committee FROM option_follow_up WHERE option_id = ?1").setParameter(1, optionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        List<?> steps = entityManager.createNativeQuery(
                "SELECT title, due_on, done FROM option_milestone WHERE option_id = ?1 ORDER BY due_on, id")
                .setParameter(1, optionId).getResultList();
        List<FollowUp.Milestone> milestones = steps.stream().map(Object[].class::cast)
                .map(milestone -> new FollowUp.Milestone((String) milestone[0], day(milestone[1]), (Boolean) milestone[2]))
                .toList();
        return Optional.of(new FollowUp(optionId, (String) row[0], ((Number) row[1]).intValue(), (String) row[2], milestones));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private BallotOption require(long optionId) {
        return options.findById(optionId).orElseThrow(() -> new CampaignRefusedException("Ce projet n'existe pas ici."));
    }
}
