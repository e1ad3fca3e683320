package dev.stagecraft.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One lane of background work: a newer piece cancels the older, whose result is never handed back. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    @Start
    void start(Stage stage) {
        // no window needed; the extension starts the toolkit
    }

    @Test
    void aNewerSubmitCancelsTheOlderWhoseResultIsDropped(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch olderRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();
        boolean[] olderSawCancel = new boolean[1];
        robot.interact(() -> executor.submit("Older", progress -> {
            olderRunning.countDown();
            release.await(5, TimeUnit.SECONDS);
            olderSawCancel[0] = progress.isCancelled();
            return "older";
        }, done::add, failure -> done.add("failed: " + failure)));
        assertTrue(olderRunning.await(5, TimeUnit.SECONDS));
        robot.interact(() -> executor.submit("Newer", progress -> "newer", done::add,
                failure -> done.add("failed: " + failure)));
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !done.isEmpty());
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("newer"), done);
        assertTrue(olderSawCancel[0], "the older work can see it was cancelled");
        assertTrue(!executor.runningProperty().get());
    }
}
