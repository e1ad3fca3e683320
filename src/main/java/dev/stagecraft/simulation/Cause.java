package dev.stagecraft.simulation;

/** Why the first gate of a run failed: a bad new version, or an environmental fault on good versions. */
public enum Cause {
    BAD_VERSION("bad-version"),
    FAULT("fault");

    private final String id;

    Cause(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
