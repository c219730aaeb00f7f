package dk.brobygger.stack;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds Arquillian deployments: always the real EAR that the build produced. */
public final class Deployments {

    private static final String WEB_MODULE = "brobygger-web.war";

    private Deployments() {
    }

    /** The application as it ships, for tests that use it from outside (browser, HTTP). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("brobygger.ear")));
    }

    /** The application with test classes in its web module, for tests that run inside the server. */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, WEB_MODULE).addClasses(testClasses);
        return ear;
    }
}
