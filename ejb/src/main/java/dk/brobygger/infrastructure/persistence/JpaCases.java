package dk.brobygger.infrastructure.persistence;

import dk.brobygger.domain.casework.Cases;
import dk.brobygger.domain.casework.JournalEntry;
import dk.brobygger.domain.casework.StudentCase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaCases implements Cases {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(StudentCase studentCase) {
        em.persist(studentCase);
    }

    @Override
    public void addEntry(JournalEntry entry) {
        em.persist(entry);
    }
}
