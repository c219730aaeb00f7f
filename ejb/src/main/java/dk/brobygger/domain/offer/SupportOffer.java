package dk.brobygger.domain.offer;

import dk.brobygger.domain.StoredRecord;
import dk.brobygger.domain.need.NeedCategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A support offer in the catalogue (indsatskatalog), from one of the analysis' eight recommendations or the
 * school's transition interventions. Retired rather than deleted, so students' offers keep reading it. A transition
 * offer has a {@link TransitionRule}: registering a placement period gives the contact person a task.
 */
@Entity
@Table(name = "support_offer")
public class SupportOffer extends StoredRecord {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,29}";

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_da", nullable = false)
    private String nameDa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_da", nullable = false)
    private String descriptionDa;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(nullable = false)
    private int recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferTiming timing;

    @Column(nullable = false)
    private String provider;

    private Integer capacity;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "support_offer_target", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "category")
    private Set<NeedCategory> targets = EnumSet.noneOf(NeedCategory.class);

    @Embedded
    private TransitionRule transitionRule;

    @Version
    private long version;

    protected SupportOffer() {
        // for JPA
    }

    public SupportOffer(OfferDescription description) {
        describe(description);
        this.active = true;
    }

    /** Changes what the catalogue says about the offer; students' offers see the new wording. */
    public final void describe(OfferDescription d) {
        code = d.code();
        nameDa = d.nameDa();
        nameEn = d.nameEn();
        descriptionDa = d.descriptionDa();
        descriptionEn = d.descriptionEn();
        recommendation = d.recommendation();
        level = d.level();
        format = d.format();
        timing = d.timing();
        provider = d.provider();
        capacity = d.capacity();
        targets = d.targets().isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(d.targets());
        transitionRule = d.transitionRule();
    }

    /** Retires the offer (no new proposals) or brings it back. */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** What the edit form starts from. */
    public OfferDescription description() {
        return new OfferDescription(code, nameDa, nameEn, descriptionDa, descriptionEn, recommendation, level, format,
                timing, provider, capacity, targets, transitionRule);
    }

    /** The name in the reader's language: English for "en", Danish otherwise. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameDa;
    }

    public String descriptionIn(String language) {
        return "en".equals(language) ? descriptionEn : descriptionDa;
    }

    public String getCode() {
        return code;
    }

    public int getRecommendation() {
        return recommendation;
    }

    public OfferLevel getLevel() {
        return level;
    }

    public OfferFormat getFormat() {
        return format;
    }

    public OfferTiming getTiming() {
        return timing;
    }

    public String getProvider() {
        return provider;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }

    public Set<NeedCategory> getTargets() {
        return Collections.unmodifiableSet(targets);
    }

    /** The rule for transition tasks, or null when the offer gives none. */
    public TransitionRule getTransitionRule() {
        return transitionRule;
    }

    public long getVersion() {
        return version;
    }
}
