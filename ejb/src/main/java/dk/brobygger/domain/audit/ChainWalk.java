package dk.brobygger.domain.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks the hash chain link by link, in the chain's order (docs/audit.md): each link's hash must be what its
 * fields and the hash before it make, its place the next one, and its previous hash the hash before it. Keeps the
 * first break, how many links it saw and the last hash.
 */
public final class ChainWalk implements Consumer<ChainLink> {

    private final long watched;
    private final String contentKey;
    private long links;
    private long lastSeq;
    private String lastHash = ChainLink.GENESIS;
    private Break firstBreak;
    private String watchedHash;

    /** A walk that checks the personal content of each event not erased against its digest with this key. */
    public ChainWalk(String contentKey) {
        this(0, contentKey);
    }

    /** A walk that also keeps the hash found at the place {@code watched} (a checkpoint's). */
    public ChainWalk(long watched, String contentKey) {
        this.watched = watched;
        this.contentKey = contentKey;
    }

    /**
     * A place where the chain is broken.
     *
     * @param problem CHANGED (the hash does not fit the content, or the content its digest), MISSING (a place is left out) or BROKEN_LINK
     *                (the previous hash is not the hash before it)
     */
    public record Break(long chainSeq, long eventId, String problem) {
    }

    @Override
    public void accept(ChainLink link) {
        links++;
        if (firstBreak == null) {
            String problem = !Objects.equals(link.hash(), link.expectedHash()) || !link.contentIntact(contentKey)
                    ? "CHANGED"
                    : link.chainSeq() != lastSeq + 1 ? "MISSING"
                    : !Objects.equals(link.previousHash(), lastHash) ? "BROKEN_LINK" : null;
            if (problem != null) {
                firstBreak = new Break(link.chainSeq(), link.id(), problem);
            }
        }
        if (link.chainSeq() == watched) {
            watchedHash = link.hash();
        }
        lastSeq = link.chainSeq();
        lastHash = link.hash();
    }

    /** The hash at the watched place, or nothing when the chain has no such place (any more). */
    public Optional<String> watchedHash() {
        return Optional.ofNullable(watchedHash);
    }

    public long links() {
        return links;
    }

    /** The last link's place in the chain (0 for no links). */
    public long lastSeq() {
        return lastSeq;
    }

    /** The last link's hash, or nothing when the chain is empty. */
    public Optional<String> lastHash() {
        return links == 0 ? Optional.empty() : Optional.of(lastHash);
    }

    public Optional<Break> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }
}
