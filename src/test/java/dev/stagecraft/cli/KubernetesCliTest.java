package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Kubernetes manifests through the CLI: converted with --from kubernetes or by content, then analysed. */
class KubernetesCliTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /** analyze --format json writes bytes to its own stream. */
    private final java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine cl = StagecraftCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        ((AnalyzeCommand) cl.getSubcommands().get("analyze").getCommandSpec().userObject()).stdout = json;
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    private Path manifest(String name, String resource) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, TestFiles.text(resource));
        return p;
    }

    @Test
    void convertFromKubernetesThenAnalyze() throws Exception {
        Path in = manifest("manifests.txt", "kubernetes/shop.yaml"); // no .yaml: only --from says what it is
        Path graph = dir.resolve("shop.stagecraft.yaml");
        assertEquals(0, run("convert", in.toString(), graph.toString(), "--from", "kubernetes"), err.toString());
        assertTrue(err.toString().contains("[inferred-dependency] orders depends on kafka"), err.toString());
        assertTrue(err.toString().contains("wrote " + graph + " (native): 15 components, 16 dependencies"),
                err.toString());
        LoadResult reread = NativeGraphReader.read(graph);
        assertEquals(0, reread.findings().stream().filter(f -> f.code().equals("unknown-key")).count(),
                reread.findings().toString());
        assertEquals(0, run("analyze", graph.toString(), "--format", "json", "--component", "postgres"), err.toString());
        String analysis = json.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(analysis.contains("\"components\":15,\"dependencies\":16"), analysis);
        assertTrue(analysis.contains("\"blastRadius\":{\"postgres\":[\"catalog\",\"nightly-report\",\"orders\","
                + "\"shop\",\"storefront\"]}"), analysis);
    }

    @Test
    void aManifestIsRecognisedByItsContent() throws Exception {
        Path in = manifest("deploy.yaml", "kubernetes/helm-template.yaml");
        Path graph = dir.resolve("webshop.json");
        assertEquals(0, run("convert", in.toString(), graph.toString()), err.toString());
        assertTrue(err.toString().contains("(json): 5 components, 6 dependencies"), err.toString());
        assertEquals(2, run("analyze", in.toString()));
        assertTrue(err.toString().contains("this looks like Kubernetes manifests (by its name and content)"), err.toString());
        assertTrue(err.toString().contains("stagecraft convert " + in), err.toString());
    }

    @Test
    void badYamlNamesFileLineAndColumnAndWritesNothing() throws Exception {
        Path in = dir.resolve("broken.yaml");
        Files.writeString(in, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {a: [\n");
        Path target = dir.resolve("out.yaml");
        assertEquals(2, run("convert", in.toString(), target.toString()));
        assertTrue(err.toString().matches("(?s).*" + java.util.regex.Pattern.quote(in.toString())
                + ":\\d+:\\d+: not valid YAML.*"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(target));
    }
}
