package dk.brobygger.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data protection officer keeps a signed checkpoint of the chain's head outside the system; a later check
 * proves the chain still holds it, and sees when events were cut from the end (docs/audit.md).
 */
@ExtendWith(ArquillianExtension.class)
class AuditCheckpointIT {

    private static final Pattern LINE = Pattern.compile(
            "brobygger-audit-checkpoint/1 seq=(\\d+) hash=([0-9a-f]{64}) at=\\S+ mac=[0-9a-f]{64}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCheckpointHoldsUntilTheEndOfTheChainIsCutAndOnlyOurOwnIsTaken() throws Exception {
        SignedInClient dpo = SignedInClient.signIn(DemoUsers.fromRealm().byUsername("dpo.madsen"));
        // a checkpoint is made of what the latest check found intact
        ChainChecks.verify(dpo);
        HttpResponse<String> file = dpo.submit(dpo.get("dpo/index.xhtml"), "checkpoint", "make", Map.of());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), file.body());
        String line = file.body().strip();
        Matcher checkpoint = LINE.matcher(line);
        assertTrue(checkpoint.matches(), line);
        long place = Long.parseLong(checkpoint.group(1));
        assertEquals(checkpoint.group(2), TestRecords.text("SELECT hash FROM audit_event WHERE chain_seq = ?", place)
                .strip(), "the checkpoint names a sealed event by its place and hash");

        assertEquals("Kontrolpunktet holder: sporet rummer stadig hændelsen uændret, og intet før den er brudt.",
                result(dpo, line));
        String forged = line.substring(0, line.length() - 1) + (line.endsWith("0") ? "1" : "0");
        assertTrue(result(dpo, forged).startsWith("Det er ikke et kontrolpunkt, som denne Brobygger har underskrevet"));

        // as the schema owner could: the events from the checkpoint's place on are deleted
        TestRecords.update("DELETE FROM audit_seen_need WHERE event_id IN"
                + " (SELECT id FROM audit_event WHERE chain_seq >= ?)", place);
        TestRecords.update("DELETE FROM audit_event WHERE chain_seq >= ?", place);
        assertTrue(result(dpo, line).startsWith("Kontrolpunktet holder ikke:"), "the cut is seen");
    }

    private static String result(SignedInClient dpo, String line) throws Exception {
        HttpResponse<String> checked = dpo.submit(dpo.get("dpo/index.xhtml"), "checkpointCheck", "check",
                Map.of("checkpointCheck:line", line));
        Matcher result = Pattern.compile("id=\"checkpoint-result\"[^>]*>([^<]+)<").matcher(checked.body());
        assertTrue(result.find(), checked.body());
        return result.group(1).strip();
    }
}
