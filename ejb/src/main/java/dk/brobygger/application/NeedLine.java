package dk.brobygger.application;

import dk.brobygger.domain.audit.SeenNeed;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedRevision;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A need as one reader may see it. For a recipient of a consent: the version consented to, without the
 * description when only accommodations are shared, and without who recorded it or where it came from.
 */
public record NeedLine(long needId, int revision, NeedCategory category, String description, String accommodations,
                       NeedSource source, NeedStatus status, Instant recordedAt, String recordedBy, long version)
        implements Serializable {

    static NeedLine whole(Need need) {
        return new NeedLine(need.getId(), need.getRevision(), need.getCategory(), need.getDescription(),
                need.getAccommodations(), need.getSource(), need.getStatus(), need.getRecordedAt(),
                need.getRecordedBy(), need.getVersion());
    }

    static NeedLine shared(NeedRevision need, ConsentLevel level) {
        return new NeedLine(need.getNeed().getId(), need.getRevision(), need.getCategory(),
                level == ConsentLevel.FULL ? need.getDescription() : null, need.getAccommodations(), null,
                need.getStatus(), null, null, 0);
    }

    /** What was seen, for the audit trail and "who has seen my data": the need, its category and level. */
    SeenNeed seen() {
        return new SeenNeed(needId, category, description == null ? ConsentLevel.ACCOMMODATIONS : ConsentLevel.FULL);
    }
}
