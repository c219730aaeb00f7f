package dk.brobygger.application;

import dk.brobygger.domain.Digests;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A student's copy of their data as one ZIP file (docs/data-copy.md): {@code data.json} for machines, a readable
 * copy in the student's language ({@code kopi.html} or {@code copy.html}), and {@code manifest.json} naming each file
 * with its size and SHA-256 digest.
 */
public record DataPackage(String fileName, byte[] bytes, String sha256) {

    static final String DATA = "data.json";
    static final String MANIFEST = "manifest.json";

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    public DataPackage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The readable copy's file name in its language. */
    static String readableName(String language) {
        return "da".equals(language) ? "kopi.html" : "copy.html";
    }

    static DataPackage of(String studentNumber, JsonObject data, String html, String language, Instant at) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DATA, json(data));
        files.put(readableName(language), html.getBytes(StandardCharsets.UTF_8));
        JsonArrayBuilder listed = Json.createArrayBuilder();
        files.forEach((name, content) -> listed.add(Json.createObjectBuilder()
                .add("name", name)
                .add("mediaType", name.endsWith(".json") ? "application/json" : "text/html; charset=UTF-8")
                .add("bytes", content.length)
                .add("sha256", Digests.sha256(content))));
        files.put(MANIFEST, json(Json.createObjectBuilder()
                .add("schema", CopyContents.SCHEMA)
                .add("studentNumber", studentNumber)
                .add("generatedAt", at.toString())
                .add("language", language)
                .add("files", listed)
                .build()));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a ZIP in memory", e);
        }
        byte[] bytes = zip.toByteArray();
        return new DataPackage("brobygger-" + studentNumber + "-" + at.toString().substring(0, 10) + ".zip", bytes,
                Digests.sha256(bytes));
    }

    private static byte[] json(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }
}
