package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department (service) of the commune that processes requests: état civil, éducation, voirie... */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    protected Department() {
    }

    public Department(String name) {
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
