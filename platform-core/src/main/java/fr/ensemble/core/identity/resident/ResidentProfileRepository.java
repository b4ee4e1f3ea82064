package fr.ensemble.core.identity.resident;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentProfileRepository extends JpaRepository<ResidentProfile, String> {
}
