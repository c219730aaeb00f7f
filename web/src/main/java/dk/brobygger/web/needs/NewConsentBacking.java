package dk.brobygger.web.needs;

import dk.brobygger.application.ConsentDraft;
import dk.brobygger.application.ConsentService;
import dk.brobygger.application.NeedLine;
import dk.brobygger.application.NeedService;
import dk.brobygger.domain.consent.ConsentLevel;
import dk.brobygger.domain.consent.ConsentText;
import dk.brobygger.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new consent, in two steps: choose recipient, needs, level, purpose and end; then read the exact text. The
 * student gives it; the contact person sends it to the student as a proposal, or records one the student gave
 * on paper or in a conversation. The text's hash goes with the answer, so what is stored is what was read.
 */
@Named
@ViewScoped
public class NewConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsentService consents;

    @EJB
    private NeedService needs;

    private Long studentId;
    private ConsentService.Form form;
    private List<NeedLine> studentNeeds = List.of();
    private String recipient;
    private List<Long> needIds = new ArrayList<>();
    private ConsentLevel level = ConsentLevel.ACCOMMODATIONS;
    private String purpose;
    private LocalDate validUntil;
    private String how;
    private ConsentDraft draft;
    private ConsentText.Rendered text;

    public void load() {
        form = consents.form(studentId);
        studentNeeds = needs.needs(studentId).needs();
        if (purpose == null) {
            purpose = Messages.text("consent.purpose.default");
        }
    }

    /** Step 1 done: the text as it will read, or the form's problems. */
    public void showText() {
        ConsentDraft asked = new ConsentDraft(studentId, recipient, needIds, level, purpose, validUntil);
        if (Messages.attempt("consent", () -> text = consents.text(asked, language()))) {
            draft = asked;
        } else {
            text = null;
        }
    }

    /** Back to step 1, to change something. */
    public void change() {
        text = null;
        draft = null;
    }

    public void give() {
        if (Messages.attempt("answer", () -> consents.give(draft, language(), text.hash()))) {
            Messages.done("consent.given", "/student/index.xhtml");
        }
    }

    public void propose() {
        if (Messages.attempt("answer", () -> consents.propose(draft))) {
            Messages.done("consent.proposed", "/students/view.xhtml?id=" + studentId);
        }
    }

    public void record() {
        if (Messages.attempt("answer", () -> consents.record(draft, language(), text.hash(), how))) {
            Messages.done("consent.recorded", "/students/view.xhtml?id=" + studentId);
        }
    }

    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().equals("en") ? "en" : "da";
    }

    public ConsentLevel[] getLevels() {
        return ConsentLevel.values();
    }

    public ConsentService.Form getForm() {
        return form;
    }

    public List<NeedLine> getStudentNeeds() {
        return studentNeeds;
    }

    public ConsentText.Rendered getText() {
        return text;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public List<Long> getNeedIds() {
        return needIds;
    }

    public void setNeedIds(List<Long> needIds) {
        this.needIds = needIds;
    }

    public ConsentLevel getLevel() {
        return level;
    }

    public void setLevel(ConsentLevel level) {
        this.level = level;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }
}
