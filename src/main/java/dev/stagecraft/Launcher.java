package dev.stagecraft;

import dev.stagecraft.cli.StagecraftCommand;
import dev.stagecraft.ui.OpenCommand;
import dev.stagecraft.ui.RenderCommand;
import picocli.CommandLine;

/**
 * The jar's main class. A plain class, not a JavaFX {@code Application}, so that the headless
 * subcommands run without a display: it wires the core CLI ({@code cli}) with the two subcommands
 * that need JavaFX ({@code open} and {@code render}, from {@code ui}). No arguments opens the editor
 * on the bundled sample.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"open"} : args;
        int code = commandLine().execute(effective);
        if (!(effective[0].equals("open") && code == 0)) {
            System.exit(code);
        }
    }

    /** The full command line: core subcommands plus the window and the renderer. */
    public static CommandLine commandLine() {
        CommandLine cl = StagecraftCommand.commandLine();
        cl.addSubcommand("open", new OpenCommand());
        cl.addSubcommand("render", new RenderCommand());
        return cl;
    }
}
