package dev.stagecraft.model;

/** How serious a finding is. ERROR findings make {@code stagecraft validate} exit 1; so do WARNINGs. INFO never does. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
