package dev.stagecraft.ui;

import dev.stagecraft.ui.window.*;
import javafx.application.Platform;
import javafx.stage.Stage;
import java.util.List;

public class ScratchWindow {
    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
            DocumentViewModel doc = new DocumentViewModel();
            doc.setDocument(TestGraphs.shop(args.length > 0 && args[0].equals("placed")), null, List.of(), null);
            MainWindow w = new MainWindow(new Stage(), doc);
            w.show();
            if (args.length > 1) {
                w.analysis().select(args[1]);
            }
            if (args.length > 2) {
                w.themeProperty().set(dev.stagecraft.ui.render.Theme.DARK);
            }
        });
    }
}
