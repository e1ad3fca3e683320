package dev.stagecraft.io.yaml;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * A {@link YAMLFactory} whose parsers read a text given as a String in linear time (through
 * {@link TextStreamReader} instead of SnakeYAML's block-copying reader), with the given SnakeYAML limits and
 * Jackson's string length limit raised to {@link YamlLimits#MAX_CODE_POINTS} (its default, 20 million
 * characters, would refuse a single long scalar that the size limit allows). Use
 * {@link #createParser(String)}: a {@link Reader} goes through Jackson's ordinary path.
 */
public class LinearYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    public LinearYamlFactory(LoaderOptions options) {
        super(YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(YamlLimits.MAX_CODE_POINTS).build()));
    }

    /** SnakeYAML options: the given code point limit and nesting depth, duplicate keys refused. */
    public static LoaderOptions options(int maxCodePoints, int maxDepth) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(maxCodePoints, 1));
        options.setNestingDepthLimit(maxDepth);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    @Override
    public YAMLParser createParser(String content) throws IOException {
        IOContext context = _createContext(_createContentReference(content), false);
        LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
        return newParser(context, new StringReader(content), new ParserImpl(new TextStreamReader(content), options));
    }

    /** The parser over {@code events}; {@code reader} is the same text, only closed. Subclasses return their own. */
    protected YAMLParser newParser(IOContext context, Reader reader, ParserImpl events) {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events);
    }

    @Override
    public YAMLFactoryBuilder rebuild() {
        throw new UnsupportedOperationException("a linear factory is built once, with its limits");
    }

    /** Jackson's parser over a given SnakeYAML event source (its constructor for that is protected). */
    public static final class Parser extends YAMLParser {
        Parser(IOContext context, int parserFeatures, int formatFeatures, com.fasterxml.jackson.core.ObjectCodec codec,
               Reader reader, ParserImpl events) {
            super(context, parserFeatures, formatFeatures, codec, reader, events);
        }

        /**
         * The SnakeYAML event behind the current token: its anchor ({@code &x}, which Jackson does not report for
         * scalars) or, for an {@link org.yaml.snakeyaml.events.AliasEvent}, the anchor an alias names.
         */
        public org.yaml.snakeyaml.events.Event lastEvent() {
            return _lastEvent;
        }
    }
}
