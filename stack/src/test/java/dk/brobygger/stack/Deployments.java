package dk.brobygger.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds Arquillian deployments: always the real EAR that the build produced. */
public final class Deployments {

    private static final String WEB_MODULE = "brobygger-web.war";
    private static final String API_MODULE = "brobygger-api.war";

    private Deployments() {
    }

    /** The application as it ships, for tests that use it from outside (browser, HTTP). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("brobygger.ear")));
    }

    /**
     * The application with test classes in its web module, for tests that run inside the server. Arquillian runs
     * them in an EAR's only web module, so the API's module stays out of this deployment (its tests call it from
     * outside, with the application as it ships).
     */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, WEB_MODULE).addClasses(testClasses);
        String modules;
        try (InputStream xml = ear.get("META-INF/application.xml").getAsset().openStream()) {
            modules = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete(API_MODULE);
        ear.setApplicationXML(new StringAsset(modules.replaceAll(
                "(?s)<module>\\s*<web>\\s*<web-uri>" + API_MODULE + "</web-uri>.*?</module>", "")));
        return ear;
    }
}
