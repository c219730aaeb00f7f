package dk.brobygger.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Payara Server from its distribution, driven with asadmin, for the run command. (The tests let Arquillian
 * start the same distribution.) The application's configuration reaches the server as its environment.
 */
public final class PayaraServer implements AutoCloseable {

    public static final String DOMAIN = "domain1";
    public static final String APPLICATION = "brobygger";

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());

    private final Path home;
    private final Map<String, String> environment;

    private PayaraServer(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    /** Starts the domain, stopping first one that an earlier run left behind. */
    public static PayaraServer start(Path home, Map<String, String> environment)
            throws IOException, InterruptedException {
        PayaraServer server = new PayaraServer(home, environment);
        server.asadmin(false, "stop-domain", DOMAIN);
        LOG.info("Starting Payara Server");
        server.asadmin(true, "start-domain", DOMAIN);
        return server;
    }

    public void deploy(Path ear) throws IOException, InterruptedException {
        LOG.info(() -> "Deploying " + ear);
        asadmin(true, "deploy", "--force=true", "--name", APPLICATION, ear.toString());
    }

    /** Undeploys first, so that the next start does not load the old application before the new one. */
    @Override
    public void close() throws IOException, InterruptedException {
        LOG.info("Stopping Payara Server");
        asadmin(false, "undeploy", APPLICATION);
        asadmin(false, "stop-domain", DOMAIN);
    }

    private void asadmin(boolean mustSucceed, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path script = home.resolve("bin/asadmin");
        script.toFile().setExecutable(true);
        command.add(script.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        if (mustSucceed && exit != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed (exit " + exit + ")");
        }
    }
}
