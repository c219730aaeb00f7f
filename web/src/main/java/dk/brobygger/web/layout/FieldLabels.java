package dk.brobygger.web.layout;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Every validation message names the field as the user sees it: an input without a label of its own takes the
 * text of the {@code h:outputLabel} that is for it (without the required mark), so that Faces never falls back to
 * the component's id ("journal:entryDate"). Runs before each input is validated, in the language of the request.
 */
public class FieldLabels implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        if (input.getValueExpression("label") != null || input.getParent() == null) {
            return;
        }
        HtmlOutputLabel label = labelFor(input.getParent(), input.getId());
        if (label != null && label.getValue() != null) {
            // the label's required mark (" *") is not part of the field's name
            input.getAttributes().put("label", label.getValue().toString().replaceAll("\\s*\\*\\s*$", ""));
        }
    }

    private static HtmlOutputLabel labelFor(UIComponent container, String id) {
        for (UIComponent child : container.getChildren()) {
            if (child instanceof HtmlOutputLabel label && id.equals(label.getFor())) {
                return label;
            }
        }
        return container.getParent() == null || container instanceof UIForm ? null
                : labelFor(container.getParent(), id);
    }
}
