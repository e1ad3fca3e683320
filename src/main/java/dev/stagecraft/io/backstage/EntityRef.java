package dev.stagecraft.io.backstage;

import java.util.Locale;

/**
 * A Backstage entity reference, {@code [kind:][namespace/]name}, compared case-insensitively as Backstage
 * does. A reference without a kind takes the default kind of the field it appears in (e.g. {@code api} in
 * {@code providesApis}, {@code group} in {@code owner}).
 */
record EntityRef(String kind, String namespace, String name) {
    static final String DEFAULT_NAMESPACE = "default";

    static EntityRef parse(String text, String defaultKind, String defaultNamespace) {
        String rest = text.trim();
        String kind = defaultKind;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            kind = rest.substring(0, colon);
            rest = rest.substring(colon + 1);
        }
        String namespace = defaultNamespace;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            namespace = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        return new EntityRef(lower(kind), lower(namespace), lower(rest));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Same reference with another kind (to try {@code resource:} after {@code component:}). */
    EntityRef withKind(String value) {
        return new EntityRef(value, namespace, name);
    }

    @Override
    public String toString() {
        return kind + ":" + namespace + "/" + name;
    }
}
