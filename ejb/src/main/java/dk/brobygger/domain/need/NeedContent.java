package dk.brobygger.domain.need;

import java.util.Objects;

/** What a need says: the part a person writes, checked once for every version. */
public record NeedContent(NeedCategory category, String description, String accommodations, NeedSource source,
                          NeedStatus status) {

    public static final int TEXT_MAX = 4000;

    public NeedContent {
        Objects.requireNonNull(category, "Category is required");
        Objects.requireNonNull(source, "Source is required");
        Objects.requireNonNull(status, "Status is required");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A need needs a description");
        }
        description = description.strip();
        accommodations = accommodations == null || accommodations.isBlank() ? null : accommodations.strip();
        if (description.length() > TEXT_MAX || accommodations != null && accommodations.length() > TEXT_MAX) {
            throw new IllegalArgumentException("At most " + TEXT_MAX + " characters");
        }
    }
}
