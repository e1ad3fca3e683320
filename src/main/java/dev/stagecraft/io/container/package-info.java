/**
 * What a container's image and environment say about the service it runs, shared by the importers of formats
 * that describe containers (compose, Kubernetes): a kind <b>guessed</b> from the image's product name
 * ({@link dev.stagecraft.io.container.ImageKinds}) and the host names an environment value points at
 * ({@link dev.stagecraft.io.container.EnvironmentHosts}), from which dependencies are <b>inferred</b>.
 */
package dev.stagecraft.io.container;
