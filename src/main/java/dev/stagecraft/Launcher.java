package dev.stagecraft;

import dev.stagecraft.cli.StagecraftCommand;
import dev.stagecraft.ui.OpenCommand;
import dev.stagecraft.ui.RenderCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine;

/**
 * The jar's main class. A plain class, not a JavaFX {@code Application}, so that the headless
 * subcommands run without a display: it wires the core CLI ({@code cli}) with the two subcommands
 * that need JavaFX ({@code open} and {@code render}, from {@code ui}). No arguments opens the editor
 * on the bundled sample; a lone file argument opens the editor on that file.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || args.length == 1 && opensAsFile(args[0])) {
            // the editor, on the bundled sample or on 'stagecraft shop.yaml' as a file manager or a desktop file
            // association calls it: straight to the window, without building the command line
            int code = OpenCommand.window(args.length == 0 ? null : Path.of(args[0]));
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        if (args.length == 1 && !args[0].startsWith("-") && !isSubcommand(args[0])
                && (args[0].contains(".") || args[0].contains("/"))) {
            // 'stagecraft shop.yml' with a typo: say so, not picocli's "did you mean: stagecraft render"
            System.err.println("stagecraft: " + args[0] + ": no such file");
            System.exit(2);
        }
        String[] effective = args;
        int code = commandLine(effective[0]).execute(effective);
        if (!(effective[0].equals("open") && code == 0)) {
            System.exit(code);
        }
    }

    /** The full command line: core subcommands plus the window and the renderer. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: when that names a subcommand,
     * only that one is built (building them all is most of the CLI's start-up time); anything else
     * (an option such as --help, a mistyped name) gets them all, so help and suggestions are complete.
     */
    public static CommandLine commandLine(String first) {
        boolean known = first != null && isSubcommand(first);
        CommandLine cl = StagecraftCommand.commandLine(name -> !known || name.equals(first));
        if (!known || first.equals("open")) {
            cl.addSubcommand("open", new OpenCommand());
        }
        if (!known || first.equals("render")) {
            cl.addSubcommand("render", new RenderCommand());
        }
        return cl;
    }

    private static final Set<String> CORE = StagecraftCommand.subcommandNames();

    /** A lone argument that names no subcommand or option but an existing file. */
    public static boolean opensAsFile(String arg) {
        return !arg.startsWith("-") && !isSubcommand(arg) && Files.isRegularFile(Path.of(arg));
    }

    private static boolean isSubcommand(String name) {
        return name.equals("open") || name.equals("render") || CORE.contains(name);
    }
}
