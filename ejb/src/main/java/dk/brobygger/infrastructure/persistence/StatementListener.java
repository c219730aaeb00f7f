package dk.brobygger.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Tells the {@link StatementCounter} of each statement EclipseLink sends (registered in persistence.xml). */
public class StatementListener extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        StatementCounter.counted();
    }
}
