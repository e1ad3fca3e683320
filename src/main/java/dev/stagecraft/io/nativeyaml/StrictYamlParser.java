package dev.stagecraft.io.nativeyaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.stagecraft.io.yaml.LinearYamlFactory;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML parser, watching the SnakeYAML events underneath for what Jackson hides: anchors
 * ({@code &x}, not reported for scalars), aliases ({@code *x}, which Jackson turns into the plain string
 * "x"), explicit tags ({@code !!str}, {@code !custom}) and whether an empty scalar was written plain
 * (then it means null, not the empty string). The first such feature seen is kept for the tree reader,
 * which refuses it with its place.
 */
final class StrictYamlParser extends YAMLParser {
    private Refused refused;

    private StrictYamlParser(IOContext context, int parserFeatures, int yamlFeatures, ObjectCodec codec, Reader reader,
                             ParserImpl events) {
        super(context, parserFeatures, yamlFeatures, codec, reader, events);
    }

    /** A YAML feature the native format refuses, with its 1-based place. */
    record Refused(String what, int line, int column) {
    }

    /** The first refused feature seen so far, {@code null} when none. */
    Refused refused() {
        return refused;
    }

    /** Whether the last scalar token was written without quotes. */
    boolean lastScalarPlain() {
        return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        if (refused == null && event != null) {
            refused = inspect(event);
        }
        return event;
    }

    /** 1-based line where the current token starts (cheaper than {@link #currentTokenLocation()}). */
    int tokenLine() {
        return _lastEvent.getStartMark().getLine() + 1;
    }

    /** 1-based column where the current token starts. */
    int tokenColumn() {
        return _lastEvent.getStartMark().getColumn() + 1;
    }

    private static Refused inspect(Event event) {
        if (event instanceof AliasEvent alias) {
            return refused("the alias *" + alias.getAnchor(), event);
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            return refused("the anchor &" + node.getAnchor(), event);
        }
        String tag = null;
        if (event instanceof ScalarEvent scalar) {
            tag = scalar.getTag();
        } else if (event instanceof CollectionStartEvent collection) {
            tag = collection.getTag();
        }
        if (tag != null && !tag.equals("!")) {
            return refused("the tag " + tag, event);
        }
        return null;
    }

    private static Refused refused(String what, Event event) {
        return new Refused(what, event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
    }

    /** Creates {@link StrictYamlParser}s with the given SnakeYAML limits, reading in linear time. */
    static final class Factory extends LinearYamlFactory {
        private static final long serialVersionUID = 1L;

        Factory(LoaderOptions options) {
            super(options);
        }

        StrictYamlParser open(String text) throws IOException {
            return (StrictYamlParser) createParser(text);
        }

        @Override
        protected YAMLParser newParser(IOContext context, Reader reader, ParserImpl events) {
            return new StrictYamlParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events);
        }
    }
}
