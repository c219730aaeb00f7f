package dk.brobygger.domain.audit;

import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.need.NeedCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * One need as an audited reader saw it: which need (unknown for events written before needs were recorded as
 * data), its category and how much of it. The student's access log and the data protection officer read these
 * fields; nothing is parsed from text (docs/audit.md).
 */
@Embeddable
public class SeenNeed implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "need_id", updatable = false)
    private Long needId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeedCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false)
    private ConsentLevel level;

    protected SeenNeed() {
        // for JPA
    }

    public SeenNeed(Long needId, NeedCategory category, ConsentLevel level) {
        this.needId = needId;
        this.category = Objects.requireNonNull(category);
        this.level = Objects.requireNonNull(level);
    }

    public Long getNeedId() {
        return needId;
    }

    public NeedCategory getCategory() {
        return category;
    }

    public ConsentLevel getLevel() {
        return level;
    }
}
