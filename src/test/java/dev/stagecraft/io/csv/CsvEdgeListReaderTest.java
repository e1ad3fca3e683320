package dev.stagecraft.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import org.junit.jupiter.api.Test;

class CsvEdgeListReaderTest {
    @Test
    void rowsBecomeDependenciesInAnyColumnOrder() {
        String csv = "strength,to,from,kind,notes\nsoft,db,api,data,\"primary, EU\"\n,cache,api,,\n# comment\n\n,,batch,\n";
        ServiceGraph g = new CsvEdgeListReader().read(csv, "e.csv").graph();
        assertEquals(4, g.componentCount(), "api, db, cache, and the lone row's batch");
        assertEquals(DependencyKind.DATA, g.dependency("api", "db").orElseThrow().kind());
        assertTrue(g.dependency("api", "cache").isPresent());
    }

    @Test
    void badValueNamesLineAndColumn() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new CsvEdgeListReader().read("from,to,kind\na,b,sync\nc,d,rpc\n", "e.csv"));
        assertEquals(3, e.line());
        assertEquals(5, e.column());
    }

    @Test
    void headerWithoutFromAndToIsRefused() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new CsvEdgeListReader().read("a,b\nc,d\n", "e.csv"));
        assertEquals(1, e.line());
    }

    @Test
    void unclosedQuoteIsFoundWhereItOpens() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new CsvEdgeListReader().read("from,to\na,\"b\n", "e.csv"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }
}
