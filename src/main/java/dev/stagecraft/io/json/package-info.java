/**
 * The JSON graph format: JGraphT-style {@code nodes} and {@code edges} carrying every field of the model, plus
 * {@code groups}.
 */
package dev.stagecraft.io.json;
