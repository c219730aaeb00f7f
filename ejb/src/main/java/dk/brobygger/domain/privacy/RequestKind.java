package dk.brobygger.domain.privacy;

/** What a data subject asks for (GDPR Art. 15 to 18 and 21). */
public enum RequestKind {
    ACCESS, CORRECTION, ERASURE, RESTRICTION, OBJECTION
}
