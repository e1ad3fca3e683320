/**
 * Synthetic service graphs of any size for benchmarks, demos and tests of scale
 * ({@code stagecraft generate}). Deterministic for a given seed.
 */
package dev.stagecraft.synthetic;
