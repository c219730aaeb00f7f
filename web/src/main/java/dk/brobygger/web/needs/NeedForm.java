package dk.brobygger.web.needs;

import dk.brobygger.domain.need.Need;
import dk.brobygger.domain.need.NeedCategory;
import dk.brobygger.domain.need.NeedContent;
import dk.brobygger.domain.need.NeedSource;
import dk.brobygger.domain.need.NeedStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields of a new or revised need (students/need.xhtml). */
public class NeedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private NeedCategory category;
    @NotBlank
    @Size(max = NeedContent.TEXT_MAX)
    private String description;
    @Size(max = NeedContent.TEXT_MAX)
    private String accommodations;
    @NotNull
    private NeedSource source;
    @NotNull
    private NeedStatus status = NeedStatus.ACTIVE;

    /** The need's current content, to start from. */
    void fill(Need need) {
        category = need.getCategory();
        description = need.getDescription();
        accommodations = need.getAccommodations();
        source = need.getSource();
        status = need.getStatus();
    }

    /** The fields as the service takes them. */
    NeedContent toContent() {
        return new NeedContent(category, description, accommodations, source, status);
    }

    public NeedCategory getCategory() {
        return category;
    }

    public void setCategory(NeedCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAccommodations() {
        return accommodations;
    }

    public void setAccommodations(String accommodations) {
        this.accommodations = accommodations;
    }

    public NeedSource getSource() {
        return source;
    }

    public void setSource(NeedSource source) {
        this.source = source;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
    }
}
