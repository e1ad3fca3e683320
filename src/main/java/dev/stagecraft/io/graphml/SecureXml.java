package dev.stagecraft.io.graphml;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.LineIndex;
import java.io.StringReader;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that cannot be made to read anything but the text it is given: DTDs unsupported, external
 * entities off, external DTD and schema access denied. A document that declares a DTD (the only way to
 * declare an entity) is refused at its DOCTYPE before the parser sees it, so no entity, internal or external,
 * is ever expanded, and the JDK's DTD scanner (which throws {@code MissingResourceException} on some malformed
 * DTDs, e.g. a NUL byte after {@code <!DOCTYPE l[}) never runs. JGraphT's own GraphML importers are not used
 * because they resolve external entities by default.
 */
final class SecureXml {
    private static final Pattern NAMESPACE_KEY = Pattern.compile("https?://www\\.w3\\.org/TR/1999/REC-xml-names-19990114#(\\w+)\\??(.*)",
            Pattern.DOTALL);
    static final String REFUSED_DOCTYPE = "a DOCTYPE or entity is not accepted in GraphML: document type"
            + " declarations and external entities are refused for safety, and nothing they refer to was read;"
            + " remove the <!DOCTYPE ...> declaration";

    private SecureXml() {
    }

    static XMLStreamReader open(String text, String file) {
        int doctype = doctypeOffset(text);
        if (doctype >= 0) {
            LineIndex lines = new LineIndex(text);
            throw new GraphFormatException(file, lines.line(doctype), lines.column(doctype), REFUSED_DOCTYPE);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        try {
            return factory.createXMLStreamReader(new StringReader(text));
        } catch (XMLStreamException e) {
            throw error(e, file);
        } catch (MissingResourceException e) {
            throw internalError(e, null, file);
        }
    }

    /**
     * The offset of a {@code <!DOCTYPE} in the prolog (after the XML declaration, comments, processing
     * instructions and white space), -1 when there is none. O(length of the prolog).
     */
    static int doctypeOffset(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else {
                return text.startsWith("<!DOCTYPE", i) ? i : -1;
            }
        }
        return -1;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    /**
     * A failure inside the JDK's parser that is not an {@link XMLStreamException} (its message formatter throws
     * {@code MissingResourceException} for a few malformed inputs): the import error at the parser's place.
     */
    static GraphFormatException internalError(RuntimeException e, XMLStreamReader r, String file) {
        Location at = r == null ? null : r.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNumber());
        int column = at == null ? 1 : Math.max(1, at.getColumnNumber());
        return new GraphFormatException(file, line, column, "not valid XML: the parser stopped here on text it"
                + " cannot read; check the file is GraphML saved as UTF-8 text", e);
    }

    /** A parse error as a {@link GraphFormatException}, keeping the parser's place but none of the input. */
    static GraphFormatException error(XMLStreamException e, String file) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int cut = message.indexOf("Message: ");
        String sentence = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        int line = at == null ? 0 : Math.max(1, at.getLineNumber());
        int column = at == null ? 0 : Math.max(1, at.getColumnNumber());
        return new GraphFormatException(file, line, column, "not valid XML: " + readable(sentence.strip()), e);
    }

    /**
     * The JDK reports namespace errors as their raw message keys ({@code ...xml-names-19990114#AttributePrefixUnbound?edge&x:id&x});
     * these become sentences, other messages stay as they are.
     */
    static String readable(String message) {
        Matcher m = NAMESPACE_KEY.matcher(message);
        if (!m.matches()) {
            return message;
        }
        String[] args = m.group(2).split("&");
        String arg0 = args.length > 0 ? args[0] : "?";
        String arg1 = args.length > 1 ? args[1] : "?";
        String arg2 = args.length > 2 ? args[2] : "?";
        return switch (m.group(1)) {
            case "ElementPrefixUnbound" -> "the element <" + arg1 + "> uses the namespace prefix '" + arg0
                    + "', which no xmlns:" + arg0 + " declares; declare it or remove the prefix";
            case "AttributePrefixUnbound" -> "the attribute '" + arg1 + "' of <" + arg0 + "> uses the namespace"
                    + " prefix '" + arg2 + "', which no xmlns:" + arg2 + " declares; declare it or remove the prefix";
            case "EmptyPrefixedAttName" -> "a namespace declaration (xmlns:...) has an empty value";
            default -> "a namespace error (" + m.group(1) + ")";
        };
    }
}
