package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every error names the user's file, and the line and column where there is one, and never a Jackson "-1". */
class ErrorPlacesCliTest {
    private static final Path SMALL = Path.of("src/test/resources/cli/small.yaml");

    @TempDir
    Path tmp;

    private static String errorOf(int expectedCode, String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expectedCode, cl.execute(args), err.toString());
        String text = err.toString();
        assertFalse(text.contains("-1,") || text.contains("line -1") || text.contains("Input length"), text);
        return text;
    }

    private Path plan() throws Exception {
        Path plan = tmp.resolve("plan.yaml");
        errorOf(0, "plan", SMALL.toString(), "-o", plan.toString());
        return plan;
    }

    @Test
    void invalidUtf8InAPlanNamesThePlanFileLineAndColumn() throws Exception {
        Path plan = plan();
        String text = Files.readString(plan);
        int line = (int) text.substring(0, text.indexOf("\nsteps:")).chars().filter(c -> c == '\n').count() + 2;
        Files.write(plan, text.replace("\nsteps:", "\nst\u00e9ps:").getBytes(StandardCharsets.ISO_8859_1));
        String err = errorOf(2, "export-plan", plan.toString(), "--to", "markdown");
        assertTrue(err.startsWith("stagecraft: " + plan + ":" + line + ":3: byte 0xE9 is not valid UTF-8"), err);
    }

    @Test
    void aMissingPlanFieldNamesThePathLineAndColumnAndWhatToDo() throws Exception {
        Path plan = plan();
        String text = Files.readString(plan);
        int stepLine = (int) text.substring(0, text.indexOf("  - id: ")).chars().filter(c -> c == '\n').count() + 1;
        String firstWave = text.substring(text.indexOf("    wave: "), text.indexOf('\n', text.indexOf("    wave: ")) + 1);
        Files.writeString(plan, text.replaceFirst(java.util.regex.Pattern.quote(firstWave), ""));
        String err = errorOf(2, "export-plan", plan.toString(), "--to", "markdown");
        assertTrue(err.startsWith("stagecraft: " + plan + ":" + stepLine + ":5: steps[0].wave is missing; "), err);
        assertTrue(err.contains("stagecraft plan"), err);
    }

    @Test
    void invalidUtf8InAnImportNamesTheLineAndColumnOfTheFirstBadByte() throws Exception {
        Path dot = tmp.resolve("legacy.dot");
        Files.write(dot, "digraph {\n  web -> db;\n  db [label=\"Base de donn\u00e9es\"];\n}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        String err = errorOf(2, "convert", dot.toString(), tmp.resolve("out.yaml").toString());
        assertTrue(err.startsWith("stagecraft: " + dot + ":3:26: byte 0xE9 is not valid UTF-8"), err);
    }

    @Test
    void aWriteThatFailsNamesTheTargetNotTheTemporaryFile() {
        Path target = tmp.resolve("no-such-dir").resolve("plan.yaml");
        String err = errorOf(2, "plan", SMALL.toString(), "-o", target.toString());
        assertTrue(err.startsWith("stagecraft: " + target + ": cannot be written: the directory "), err);
        assertFalse(err.contains(".tmp"), err);
    }
}
