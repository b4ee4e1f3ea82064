package fr.ensemble.rendezvous.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A desk (guichet) of a place, serving some appointment types, with a private feed of its planning. */
@Entity
@Table(name = "desk")
public class Desk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "feed_token", nullable = false, unique = true)
    private String feedToken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "desk_type", joinColumns = @JoinColumn(name = "desk_id"))
    @Column(name = "type_id")
    private Set<Long> typeIds = new HashSet<>();

    protected Desk() {
    }

    public Desk(long placeId, String name, String feedToken, Set<Long> typeIds) {
        this.placeId = placeId;
        this.name = name;
        this.feedToken = feedToken;
        this.typeIds = new HashSet<>(typeIds);
    }

    public boolean serves(AppointmentType type) {
        return active && typeIds.contains(type.getId());
    }

    public void serve(Set<Long> types) {
        typeIds.clear();
        typeIds.addAll(types);
    }

    public void rename(String newName) {
        name = newName;
    }

    /** An inactive desk offers no slot; its appointments and history stay. */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** A new secret for the private feed: the link given before stops working. */
    public void replaceFeedToken(String token) {
        feedToken = token;
    }

    public Long getId() {
        return id;
    }

    public long getPlaceId() {
        return placeId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public String getFeedToken() {
        return feedToken;
    }

    public Set<Long> getTypeIds() {
        return Set.copyOf(typeIds);
    }
}
