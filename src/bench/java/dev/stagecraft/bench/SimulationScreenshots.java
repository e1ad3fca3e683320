package dev.stagecraft.bench;

import dev.stagecraft.diagram.Theme;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.simulate.SimulationSettings.Comparison;
import dev.stagecraft.ui.simulate.SimulationViewModel;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Pictures of the Monte Carlo window for looking at (not a measurement): {@code FILE OUT.png light|dark
 * present|window [max-parallel-to-compare]}, under Xvfb at the screen size wanted, e.g.
 * {@code xvfb-run -s "-screen 0 1920x1080x24" mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.SimulationScreenshots -Dexec.args="sample-graphs/shop.yaml /tmp/mc.png dark present 1"
 * -Dprism.order=sw}.
 */
public final class SimulationScreenshots {
    private SimulationScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Theme theme = args[2].equals("dark") ? Theme.DARK : Theme.LIGHT;
        boolean present = args[3].equals("present");
        String compare = args.length > 4 ? args[4] : null;
        ServiceGraph g = NativeGraphReader.read(file).graph();
        Platform.startup(() -> { });
        Preferences prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-shots").resolve("recovery")), Duration.hours(1));
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            DocumentViewModel document = new DocumentViewModel();
            document.setDocument(g, file, List.of(), null);
            window[0] = new MainWindow(new Stage(), document, services);
            window[0].themeProperty().set(theme);
            window[0].show();
        });
        Thread.sleep(2500);
        onFx(() -> {
            window[0].monteCarlo().show();
            if (present) {
                Stage mc = window[0].monteCarlo().stage();
                mc.setFullScreen(true);
                // Xvfb has no window manager to make it the screen's size, as one would
                var screen = javafx.stage.Screen.getPrimary().getBounds();
                mc.setX(0);
                mc.setY(0);
                mc.setWidth(screen.getWidth());
                mc.setHeight(screen.getHeight());
            }
            SimulationViewModel vm = window[0].monteCarlo().panel().model();
            vm.runsProperty().set("10000");
            if (compare != null) {
                vm.comparisonProperty().set(Comparison.MAX_PARALLEL);
                vm.compareLimitProperty().set(compare);
            }
            vm.run();
        });
        Thread.sleep(5000);
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                var image = window[0].monteCarlo().stage().getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
                System.out.println("wrote " + out + " " + (int) image.getWidth() + "x" + (int) image.getHeight());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                shot.countDown();
            }
        });
        shot.await();
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
