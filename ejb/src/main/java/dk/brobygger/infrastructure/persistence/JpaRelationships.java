package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.assignment.Assignment;
import dk.brobygger.domain.student.Relationships;
import dk.brobygger.domain.access.Caller;
import dk.brobygger.domain.access.Relationship;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One query for a caller and a student, read at the request (the gate keeps it for the rest of that request
 * only), so an ended assignment or period counts from the next request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaRelationships implements Relationships {

    private static final String QUERY = """
            SELECT
              EXISTS (SELECT 1 FROM assignment a WHERE a.student_id = ?1 AND a.profile_id = ?2
                      AND a.kind = 'CONTACT_PERSON' AND %1$s),
              EXISTS (SELECT 1 FROM assignment a WHERE a.student_id = ?1 AND a.profile_id = ?2
                      AND a.kind = 'MENTOR' AND %1$s),
              EXISTS (SELECT 1 FROM placement_period p JOIN period_supervisor ps ON ps.period_id = p.id
                      WHERE p.student_id = ?1 AND ps.profile_id = ?2 AND p.end_date >= ?3),
              EXISTS (SELECT 1 FROM placement_period p JOIN period_supervisor ps ON ps.period_id = p.id
                      WHERE p.student_id = ?1 AND ps.profile_id = ?2 AND p.end_date < ?3),
              EXISTS (SELECT 1 FROM placement_period p JOIN period_former_supervisor f ON f.period_id = p.id
                      WHERE p.student_id = ?1 AND f.profile_id = ?2 AND %2$s),
              EXISTS (SELECT 1 FROM student s WHERE s.id = ?1 AND s.account_id = ?2),
              EXISTS (SELECT 1 FROM student s WHERE s.id = ?1)
            """.formatted(Assignment.validOnSql("a", "?3"), JpaPlacementPeriods.STILL_OFF);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Relationship> between(Caller caller, long studentId, LocalDate day) {
        Object[] row = (Object[]) em.createNativeQuery(QUERY)
                .setParameter(1, studentId)
                .setParameter(2, caller.profileId() == null ? -1L : caller.profileId())
                .setParameter(3, java.sql.Date.valueOf(day))
                .getSingleResult();
        if (!Boolean.TRUE.equals(row[6])) {
            return Optional.empty();
        }
        return Optional.of(new Relationship(Boolean.TRUE.equals(row[0]), Boolean.TRUE.equals(row[1]),
                Boolean.TRUE.equals(row[2]), Boolean.TRUE.equals(row[3]), Boolean.TRUE.equals(row[4]),
                Boolean.TRUE.equals(row[5])));
    }
}
