package dev.stagecraft.ui;

import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.window.*;
import javafx.application.Platform;
import javafx.stage.Stage;
import java.util.List;

public class ScratchBig {
    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
            DocumentViewModel doc = new DocumentViewModel();
            doc.setDocument(GraphGenerator.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 7), null, List.of(), null);
            MainWindow w = new MainWindow(new Stage(), doc);
            w.show();
            if (args.length > 2) {
                Platform.runLater(() -> w.canvas().zoomBy(Double.parseDouble(args[2])));
            }
        });
    }
}
