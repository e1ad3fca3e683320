package dev.stagecraft.io.graphml;

import dev.stagecraft.io.GraphFormatException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that cannot be made to read anything but the text it is given: DTDs unsupported, external
 * entities off, external DTD and schema access denied. A document that declares a DTD (the only way to
 * declare an entity) is refused at its DOCTYPE by the caller, so no entity, internal or external, is ever
 * expanded. JGraphT's own GraphML importers are not used because they resolve external entities by default.
 */
final class SecureXml {
    private SecureXml() {
    }

    static XMLStreamReader open(String text, String file) {
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
        }
    }

    /** A parse error as a {@link GraphFormatException}, keeping the parser's place but none of the input. */
    static GraphFormatException error(XMLStreamException e, String file) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int cut = message.indexOf("Message: ");
        String sentence = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        int line = at == null ? 0 : Math.max(1, at.getLineNumber());
        int column = at == null ? 0 : Math.max(1, at.getColumnNumber());
        return new GraphFormatException(file, line, column, "not valid XML: " + sentence.strip(), e);
    }
}
