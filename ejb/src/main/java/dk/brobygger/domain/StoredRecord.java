package dk.brobygger.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A stored record with its id from the shared sequence (taken in blocks of 50, as the sequence counts). */
@MappedSuperclass
public abstract class StoredRecord {

    @Id
    @SequenceGenerator(name = "record_seq", sequenceName = "record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_seq")
    private Long id;

    public Long getId() {
        return id;
    }
}
