package dk.brobygger.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's key for the keyed digests of the audit events' personal content (docs/audit.md, "Erasure and
 * the chain"): set in the environment (BROBYGGER_AUDIT_CONTENT_KEY, at least 32 characters), never in the database,
 * so that a digest cannot be worked back to what it hides, nor content changed in the database made to fit.
 */
@ApplicationScoped
public class ContentKey {

    static final int SHORTEST = 32;

    @Inject
    @ConfigProperty(name = "brobygger.audit.content-key")
    String key;

    @PostConstruct
    void check() {
        if (key.length() < SHORTEST) {
            throw new IllegalStateException("BROBYGGER_AUDIT_CONTENT_KEY must be at least " + SHORTEST
                    + " characters");
        }
    }

    public String value() {
        return key;
    }
}
