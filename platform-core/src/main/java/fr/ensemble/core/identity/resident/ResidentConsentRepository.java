package fr.ensemble.core.identity.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentConsentRepository extends JpaRepository<ResidentConsent, Long> {

    List<ResidentConsent> findBySubjectOrderByRecordedAtDescIdDesc(String subject);
}
