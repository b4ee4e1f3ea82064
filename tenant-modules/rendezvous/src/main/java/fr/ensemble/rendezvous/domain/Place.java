package fr.ensemble.rendezvous.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place where residents come for appointments (a town hall, a health centre), with its desks. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String city;

    private Double longitude;

    private Double latitude;

    private String accessibility;

    private String phone;

    @Column(name = "ants_published", nullable = false)
    private boolean antsPublished;

    protected Place() {
    }

    public Place(String slug, String name, String address, String postalCode, String city, Double longitude,
            Double latitude, String accessibility, String phone, boolean antsPublished) {
        this.slug = slug;
        this.name = name;
        this.address = address;
        this.postalCode = postalCode;
        this.city = city;
        this.longitude = longitude;
        this.latitude = latitude;
        this.accessibility = accessibility;
        this.phone = phone;
        this.antsPublished = antsPublished;
    }

    /** Everything an admin edits; the slug stays, since the place's links and ANTS id are built on it or its id. */
    public void describe(String name, String address, String postalCode, String city, Double longitude, Double latitude,
            String accessibility, boolean antsPublished) {
        this.name = name;
        this.address = address;
        this.postalCode = postalCode;
        this.city = city;
        this.longitude = longitude;
        this.latitude = latitude;
        this.accessibility = accessibility;
        this.antsPublished = antsPublished;
    }

    public String fullAddress() {
        return address + ", " + postalCode + " " + city;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Double getLatitude() {
        return latitude;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isAntsPublished() {
        return antsPublished;
    }
}
