package dk.brobygger.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP (docs/api.md): a record's version is its {@code ETag}; a change must send the one
 * read in {@code If-Match}, and is refused with 412 when someone has saved since.
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version {@code If-Match} names: 428 without one, 412 for one that is no version of ours. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "api.ifMatch.required");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.matches("\"\\d{1,18}\"")) {
            throw new ProblemException(412, "api.stale");
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
}
