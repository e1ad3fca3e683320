package dev.stagecraft.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The import report and comparison view is sized to its text, not a fixed 90×24. */
class TextViewSizeTest {
    @Test
    void aTwoLineReportGetsAFewRowsAndItsOwnWidth() {
        String report = "12 components, 14 dependencies\n\nNothing was inferred or skipped.";
        assertEquals(4, FxFileDialogs.rowsFor(report));
        assertEquals(34, FxFileDialogs.columnsFor(report));
    }

    @Test
    void longReportsScrollInsideAViewOfAtMost24RowsAnd100Columns() {
        String line = "x".repeat(300);
        String report = (line + "\n").repeat(200);
        assertEquals(24, FxFileDialogs.rowsFor(report));
        assertEquals(100, FxFileDialogs.columnsFor(report));
        assertEquals(30, FxFileDialogs.columnsFor("ok"));
        assertEquals(2, FxFileDialogs.rowsFor("ok"));
    }
}
