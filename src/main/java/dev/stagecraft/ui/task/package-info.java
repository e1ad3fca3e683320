/** Background work: one executor interface, a JavaFX implementation with progress and cancel, a same-thread double. */
package dev.stagecraft.ui.task;
