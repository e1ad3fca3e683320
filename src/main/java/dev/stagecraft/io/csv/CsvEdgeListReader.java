package dev.stagecraft.io.csv;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a CSV edge list with a header row naming the columns {@code from}, {@code to} and optionally
 * {@code kind} and {@code strength} (any order, case-insensitive); each row means from depends on to.
 * A row with an empty {@code to} declares a component with no dependencies. Components are created as
 * they are first named, as services (reported); other columns are reported as ignored.
 */
public final class CsvEdgeListReader implements GraphReader {
    @Override
    public ImportResult read(String text, String file) {
        List<List<CsvRecords.Field>> rows = CsvRecords.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
        if (rows.isEmpty()) {
            throw new GraphFormatException(file, 1, 1, "the file is empty; expected a header row 'from,to[,kind,strength]'");
        }
        List<CsvRecords.Field> header = rows.get(0);
        int from = -1;
        int to = -1;
        int kind = -1;
        int strength = -1;
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            switch (header.get(i).text().strip().toLowerCase(Locale.ROOT)) {
                case "from", "source" -> from = i;
                case "to", "target" -> to = i;
                case "kind" -> kind = i;
                case "strength" -> strength = i;
                default -> ignored.add(header.get(i).text());
            }
        }
        if (from < 0 || to < 0) {
            CsvRecords.Field first = header.get(0);
            throw new GraphFormatException(file, first.line(), first.column(), "the header row must name the columns"
                    + " 'from' and 'to' (found: " + String.join(",", header.stream().map(CsvRecords.Field::text).toList()) + ")");
        }
        ImportReport.Builder report = new ImportReport.Builder("csv", file);
        if (!ignored.isEmpty()) {
            report.info("skipped", "columns with no meaning here were ignored: " + String.join(", ", ignored),
                    header.get(0).line(), 1, List.of());
        }
        ServiceGraph graph = new ServiceGraph();
        IdAllocator ids = new IdAllocator();
        int duplicates = 0;
        for (List<CsvRecords.Field> row : rows.subList(1, rows.size())) {
            String a = component(graph, ids, field(row, from, "from", file));
            CsvRecords.Field target = row.size() > to ? row.get(to) : null;
            if (target == null || target.text().isBlank()) {
                continue;
            }
            String b = component(graph, ids, target);
            if (graph.dependency(a, b).isPresent()) {
                duplicates++;
                continue;
            }
            DependencyKind k = enumField(row, kind, file, DependencyKind::parse, "a dependency kind: "
                    + DependencyKind.choices());
            Strength s = enumField(row, strength, file, Strength::parse, "hard or soft");
            graph.addDependency(Dependency.of(a, b, k, s));
        }
        if (duplicates > 0) {
            report.warning("duplicate", duplicates + " repeated row(s) for the same pair merged into one", 0, 0, List.of());
        }
        if (graph.componentCount() > 0) {
            report.info("guessed-kind", graph.componentCount() + " component(s) created from the edge list as"
                    + " services (CSV carries no component kinds)", 0, 0, List.of());
        }
        return new ImportResult(graph, report.build());
    }

    private static CsvRecords.Field field(List<CsvRecords.Field> row, int column, String name, String file) {
        if (row.size() <= column || row.get(column).text().isBlank()) {
            CsvRecords.Field first = row.get(0);
            throw new GraphFormatException(file, first.line(), first.column(), "the '" + name + "' column is empty");
        }
        return row.get(column);
    }

    private static String component(ServiceGraph graph, IdAllocator ids, CsvRecords.Field f) {
        String name = f.text().strip();
        String id = ids.idFor(name);
        if (!graph.contains(id)) {
            graph.addComponent(Component.of(id, ComponentKind.SERVICE).withName(id.equals(name) ? null : name));
        }
        return id;
    }

    private static <T> T enumField(List<CsvRecords.Field> row, int column, String file,
                                   Function<String, Optional<T>> parse, String choices) {
        if (column < 0 || row.size() <= column || row.get(column).text().isBlank()) {
            return null;
        }
        CsvRecords.Field f = row.get(column);
        return parse.apply(f.text().strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new GraphFormatException(file,
                f.line(), f.column(), "'" + f.text() + "' is not " + choices));
    }
}
