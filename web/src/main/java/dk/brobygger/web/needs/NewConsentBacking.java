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
    private ConsentService.Form choices;
    private List<NeedLine> studentNeeds = List.of();
    private final ConsentForm form = new ConsentForm();
    private ConsentDraft draft;
    private ConsentText.Rendered text;

    public void load() {
        choices = consents.form(studentId);
        studentNeeds = needs.needs(studentId).needs();
        if (form.getPurpose() == null) {
            form.setPurpose(Messages.text("consent.purpose.default"));
        }
    }

    /** Step 1 done: the text as it will read, or the form's problems. */
    public void showText() {
        ConsentDraft asked = form.toDraft(studentId);
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
        if (Messages.attempt("answer", () -> consents.record(draft, language(), text.hash(), form.getHow()))) {
            Messages.done("consent.recorded", "/students/view.xhtml?id=" + studentId);
        }
    }

    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().equals("en") ? "en" : "da";
    }

    public ConsentLevel[] getLevels() {
        return ConsentLevel.values();
    }

    /** Whom a consent can name today, and who may answer it here: the student, or their contact person. */
    public ConsentService.Form getChoices() {
        return choices;
    }

    public ConsentForm getForm() {
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
}
