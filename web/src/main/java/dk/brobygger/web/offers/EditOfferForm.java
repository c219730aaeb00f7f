package dk.brobygger.web.offers;

import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.offer.OfferDescription;
import dk.brobygger.domain.offer.OfferFormat;
import dk.brobygger.domain.offer.OfferLevel;
import dk.brobygger.domain.offer.OfferTiming;
import dk.brobygger.domain.offer.SupportOffer;
import dk.brobygger.domain.offer.TransitionRule;
import dk.brobygger.domain.task.TaskAnchor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fields of an offer in the catalogue (leader/offer.xhtml), checked as they are entered; a transition offer's
 * task as anchor, offset in days and periods.
 */
public class EditOfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean active = true;
    @NotBlank
    @Pattern(regexp = SupportOffer.CODE_PATTERN, message = "{offer.code.pattern}")
    private String code;
    @NotBlank
    @Size(max = SupportOffer.NAME_MAX)
    private String nameDa;
    @NotBlank
    @Size(max = SupportOffer.NAME_MAX)
    private String nameEn;
    @NotBlank
    @Size(max = SupportOffer.TEXT_MAX)
    private String descriptionDa;
    @NotBlank
    @Size(max = SupportOffer.TEXT_MAX)
    private String descriptionEn;
    @NotNull
    @Min(1)
    @Max(8)
    private Integer recommendation;
    @NotNull
    private OfferLevel level;
    @NotNull
    private OfferFormat format;
    @NotNull
    private OfferTiming timing;
    @NotBlank
    @Size(max = SupportOffer.NAME_MAX)
    private String provider;
    @Min(1)
    private Integer capacity;
    private List<NeedCategory> targets = new ArrayList<>();
    private TaskAnchor taskAnchor;
    @Min(-TransitionRule.OFFSET_MAX)
    @Max(TransitionRule.OFFSET_MAX)
    private Integer taskOffsetDays;
    private TransitionRule.Periods taskPeriods;

    /** The fields as an offer has them now. */
    void fill(OfferDescription d, boolean isActive) {
        active = isActive;
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
        targets = new ArrayList<>(d.targets());
        TransitionRule rule = d.transitionRule();
        if (rule != null) {
            taskAnchor = rule.getAnchor();
            taskOffsetDays = rule.getOffsetDays();
            taskPeriods = rule.getPeriods();
        }
    }

    /** A task anchored without its offset or periods. */
    boolean taskIncomplete() {
        return taskAnchor != null && (taskOffsetDays == null || taskPeriods == null);
    }

    /** The offer as the service takes it. */
    OfferDescription description() {
        return new OfferDescription(code, nameDa, nameEn, descriptionDa, descriptionEn, recommendation, level, format,
                timing, provider, capacity, Set.copyOf(targets),
                taskAnchor == null ? null : new TransitionRule(taskAnchor, taskOffsetDays, taskPeriods));
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getNameDa() {
        return nameDa;
    }

    public void setNameDa(String nameDa) {
        this.nameDa = nameDa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public void setDescriptionDa(String descriptionDa) {
        this.descriptionDa = descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Integer getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Integer recommendation) {
        this.recommendation = recommendation;
    }

    public OfferLevel getLevel() {
        return level;
    }

    public void setLevel(OfferLevel level) {
        this.level = level;
    }

    public OfferFormat getFormat() {
        return format;
    }

    public void setFormat(OfferFormat format) {
        this.format = format;
    }

    public OfferTiming getTiming() {
        return timing;
    }

    public void setTiming(OfferTiming timing) {
        this.timing = timing;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<NeedCategory> getTargets() {
        return targets;
    }

    public void setTargets(List<NeedCategory> targets) {
        this.targets = targets;
    }

    public TaskAnchor getTaskAnchor() {
        return taskAnchor;
    }

    public void setTaskAnchor(TaskAnchor taskAnchor) {
        this.taskAnchor = taskAnchor;
    }

    public Integer getTaskOffsetDays() {
        return taskOffsetDays;
    }

    public void setTaskOffsetDays(Integer taskOffsetDays) {
        this.taskOffsetDays = taskOffsetDays;
    }

    public TransitionRule.Periods getTaskPeriods() {
        return taskPeriods;
    }

    public void setTaskPeriods(TransitionRule.Periods taskPeriods) {
        this.taskPeriods = taskPeriods;
    }
}
