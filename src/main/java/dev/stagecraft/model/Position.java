package dev.stagecraft.model;

/** Where the editor draws a component, in canvas units (the centre of its box). */
public record Position(double x, double y) {
}
