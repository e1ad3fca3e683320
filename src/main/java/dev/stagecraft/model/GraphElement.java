package dev.stagecraft.model;

/** What a {@link ServiceGraph} holds and a {@link GraphChange} names: a component, a dependency, a group, or the metadata. */
public sealed interface GraphElement permits Component, Dependency, ChangeGroup, GraphMetadata {
}
