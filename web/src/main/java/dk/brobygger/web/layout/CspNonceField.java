package dk.brobygger.web.layout;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's Content-Security-Policy nonce as a hidden field (docs/security.md). PrimeFaces
 * refuses a postback without it, and its script adds it only where PrimeFaces' script is loaded; written on the
 * server, a form also works on a page without PrimeFaces components and without JavaScript.
 */
public class CspNonceField extends UIComponentBase {

    /** The request parameter PrimeFaces compares with the view's nonce. */
    static final String PARAMETER = "primefaces.nonce";
    private static final String ID = "bbNonce";

    public CspNonceField() {
        setId(ID);
        setTransient(true);
    }

    @Override
    public String getFamily() {
        return "dk.brobygger.CspNonce";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        if (nonce == null) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", nonce, null);
        writer.endElement("input");
    }

    /** Adds the field to each form as the form is added to the view; registered in faces-config.xml. */
    public static class Adder implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIForm;
        }

        @Override
        public void processEvent(SystemEvent event) {
            UIComponent form = (UIComponent) event.getSource();
            if (form.getChildren().stream().noneMatch(child -> child instanceof CspNonceField)) {
                form.getChildren().add(new CspNonceField());
            }
        }
    }
}
