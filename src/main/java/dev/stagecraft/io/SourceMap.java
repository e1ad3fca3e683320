package dev.stagecraft.io;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.SourceLocation;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each component, dependency and group of a loaded graph was written, so that findings computed
 * later (validation rules work on the model, which knows no files) can point into the file.
 * Immutable once built.
 */
public final class SourceMap {
    /** A map that knows no places, for graphs that did not come from a file. */
    public static final SourceMap EMPTY = new Builder().build();

    private final Map<String, SourceLocation> components;
    private final Map<Dependency.Key, SourceLocation> dependencies;
    private final Map<String, SourceLocation> groups;

    private SourceMap(Map<String, SourceLocation> components, Map<Dependency.Key, SourceLocation> dependencies,
                      Map<String, SourceLocation> groups) {
        this.components = components;
        this.dependencies = dependencies;
        this.groups = groups;
    }

    public Optional<SourceLocation> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Optional<SourceLocation> dependency(Dependency.Key key) {
        return Optional.ofNullable(dependencies.get(key));
    }

    public Optional<SourceLocation> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    /**
     * The finding with a place: unchanged when it already has one; otherwise the place of its first
     * subject that names a component or a group (components first); unchanged when none is known.
     * A rule about one dependency can ask {@link #dependency(Dependency.Key)} itself.
     */
    public Finding locate(Finding finding) {
        if (finding.location() != null) {
            return finding;
        }
        for (String subject : finding.subjects()) {
            SourceLocation where = components.get(subject);
            if (where == null) {
                where = groups.get(subject);
            }
            if (where != null) {
                return finding.at(where);
            }
        }
        return finding;
    }

    /**
     * Collects places while a reader walks a file; the first place recorded for a name wins. {@link #build()}
     * hands the collected places over without copying them and starts the builder afresh.
     */
    public static final class Builder {
        private Map<String, SourceLocation> components = new HashMap<>();
        private Map<Dependency.Key, SourceLocation> dependencies = new HashMap<>();
        private Map<String, SourceLocation> groups = new HashMap<>();

        public Builder component(String id, SourceLocation where) {
            components.putIfAbsent(id, where);
            return this;
        }

        public Builder dependency(Dependency.Key key, SourceLocation where) {
            dependencies.putIfAbsent(key, where);
            return this;
        }

        public Builder group(String id, SourceLocation where) {
            groups.putIfAbsent(id, where);
            return this;
        }

        /** The place recorded so far for a component, {@code null} when none. */
        public SourceLocation componentAt(String id) {
            return components.get(id);
        }

        public SourceLocation dependencyAt(Dependency.Key key) {
            return dependencies.get(key);
        }

        public SourceLocation groupAt(String id) {
            return groups.get(id);
        }

        public SourceMap build() {
            SourceMap map = new SourceMap(Collections.unmodifiableMap(components),
                    Collections.unmodifiableMap(dependencies), Collections.unmodifiableMap(groups));
            components = new HashMap<>();
            dependencies = new HashMap<>();
            groups = new HashMap<>();
            return map;
        }
    }
}
