package dev.stagecraft.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentSearchTest {
    private static ServiceGraph graph() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("oauth-proxy", ComponentKind.GATEWAY));
        g.addComponent(Component.of("authz", ComponentKind.SERVICE));
        g.addComponent(Component.of("auth", ComponentKind.SERVICE));
        g.addComponent(Component.of("users", ComponentKind.DATABASE).withName("Auth users"));
        g.addComponent(Component.of("web", ComponentKind.SERVICE));
        return g;
    }

    @Test
    void exactMatchesComeBeforePrefixesAndPrefixesBeforeSubstrings() {
        assertEquals(List.of("auth", "authz", "users", "oauth-proxy"), ComponentSearch.find(graph(), "AUTH"));
    }

    @Test
    void nameMatchesCountLikeIdMatches() {
        assertEquals(List.of("users"), ComponentSearch.find(graph(), "auth us"));
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), ComponentSearch.find(graph(), "  "));
    }
}
