/** Automatic placement of components: layered layout (ELK) and incremental placement of new components. Pure Java. */
package dev.stagecraft.layout;
