package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import fr.ensemble.demarches.domain.allocation.PlaceAllocation;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A procedure of the commune's catalogue. */
@Entity
@Table(name = "procedure")
public class Procedure {

    /** The database's default too (migration V201). */
    public static final int DEFAULT_RETENTION_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProcedureCategory category;

    @Column(nullable = false)
    private String summary;

    @Column(name = "required_documents")
    private String requiredDocuments;

    @Column(name = "expected_delay")
    private String expectedDelay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "requests_filed", nullable = false)
    private long requestsFiled;

    /** How long a closed or refused request is kept before {@code RequestRetention} purges it. */
    @Column(name = "retention_days", nullable = false)
    private int retentionDays = DEFAULT_RETENTION_DAYS;

    /** Null: the default workflow. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String workflow;

    /** Null: no places to allocate. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String allocation;

    protected Procedure() {
    }

    public Procedure(String slug, String title, ProcedureCategory category, String summary, String requiredDocuments,
            String expectedDelay, Channel channel) {
        this.slug = slug;
        this.title = title;
        this.category = category;
        this.summary = summary;
        this.requiredDocuments = requiredDocuments;
        this.expectedDelay = expectedDelay;
        this.channel = channel;
        this.published = true;
    }

    public Workflow workflow() {
        return Workflow.fromJson(workflow);
    }

    /** @throws IllegalArgumentException with the problems in French when the workflow is not sound */
    public void changeWorkflow(Workflow changed) {
        var problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        workflow = changed.toJson();
    }

    /** How its limited places are given, if it has any. */
    public Optional<PlaceAllocation> allocation() {
        return java.util.Optional.ofNullable(PlaceAllocation.fromJson(allocation));
    }

    public void countRequest() {
        requestsFiled++;
    }

    public boolean isOnline() {
        return channel != Channel.DESK;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public ProcedureCategory getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public String getRequiredDocuments() {
        return requiredDocuments;
    }

    public String getExpectedDelay() {
        return expectedDelay;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public boolean isPublished() {
        return published;
    }

    public long getRequestsFiled() {
        return requestsFiled;
    }

    public int getRetentionDays() {
        return retentionDays;
    }
}
