package dev.stagecraft.io.csv;

import dev.stagecraft.io.GraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the CSV edge list {@code from,to,kind,strength}: one row per dependency, then one row with an
 * empty {@code to} for each component that takes part in no dependency. Everything but ids, dependencies
 * and their kind and strength is lost, including which components are {@code changing}; {@link #losses} says so.
 */
public final class CsvEdgeListWriter implements GraphWriter {
    @Override
    public String write(ServiceGraph graph) {
        StringBuilder b = new StringBuilder(32 + graph.dependencyCount() * 40);
        b.append("from,to,kind,strength\n");
        Set<String> connected = new HashSet<>();
        for (Dependency d : graph.dependencies()) {
            b.append(field(d.from())).append(',').append(field(d.to())).append(',')
                    .append(d.kind() == null ? "" : d.kind().id()).append(',')
                    .append(d.strength() == null ? "" : d.strength().id()).append('\n');
            connected.add(d.from());
            connected.add(d.to());
        }
        for (Component c : graph.components()) {
            if (!connected.contains(c.id())) {
                b.append(field(c.id())).append(",,,\n");
            }
        }
        return b.toString();
    }

    @Override
    public List<String> losses(ServiceGraph graph) {
        List<String> out = new ArrayList<>();
        out.add("CSV carries ids and dependencies only: component names, kinds, teams, tiers, changing, rollout"
                + " settings and positions are not written");
        long changing = graph.components().stream().filter(Component::changing).count();
        if (changing > 0) {
            out.add("CSV does not carry which components are changing (" + changing + " marked changing; on import"
                    + " none is, so a plan advances every component)");
        }
        if (!graph.groups().isEmpty()) {
            out.add("CSV does not carry change groups (" + graph.groups().size() + " not written)");
        }
        String scenarios = GraphWriter.scenarioLoss(graph, "CSV");
        if (scenarios != null) {
            out.add(scenarios);
        }
        return out;
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
