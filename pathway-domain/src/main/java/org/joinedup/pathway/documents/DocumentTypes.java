package org.joinedup.pathway.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * What a file is, read from its content with Apache Tika's detection (no parsing). The name
 * only tells apart documents that share one container (a Word document and a spreadsheet are
 * both Office Open XML; a .doc and a .xls both OLE2), and a name that claims another type
 * than the content is refused, so "leaflet.pdf" holding a web page or a program never passes.
 */
final class DocumentTypes {

    /** Containers whose exact kind only the name can tell; any other content type stands on its own. */
    private static final Set<MediaType> CONTAINERS = Set.of(MediaType.application("x-tika-ooxml"),
            MediaType.application("x-tika-msoffice"));

    /** Tika's type registry, read from its XML at first use (about a second), not while the portal starts. */
    private static final class Registry {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    /** The accepted type, or what to tell the person about a file that is refused. */
    sealed interface Result permits Accepted, Refused {
    }

    record Accepted(DocumentType type) implements Result {
    }

    record Refused(String reason) implements Result {
    }

    Result check(byte[] content, String fileName) {
        MediaType fromContent = detect(content, null);
        MediaType withName = detect(content, fileName);
        MediaType type = CONTAINERS.contains(fromContent) && specialises(withName, fromContent) ? withName : fromContent;
        Optional<DocumentType> accepted = DocumentType.of(type.getBaseType().toString());
        if (accepted.isEmpty()) {
            return new Refused("The file's content is " + described(type) + ", which JoinedUp does not accept. "
                    + "Upload one of these: " + DocumentType.accepted() + ".");
        }
        MediaType claimed = detect(null, fileName);
        if (!claimed.equals(MediaType.OCTET_STREAM) && !claimed.equals(type) && !specialises(type, claimed)) {
            return new Refused("The file's name says it is " + described(claimed) + " but its content is "
                    + accepted.get().inSentence() + ". Check you chose the right file, or correct its name.");
        }
        return new Accepted(accepted.get());
    }

    private boolean specialises(MediaType type, MediaType general) {
        return Registry.TYPES.getMediaTypeRegistry().isSpecializationOf(type, general);
    }

    private MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = content == null ? null : TikaInputStream.get(content)) {
            return Registry.TYPES.detect(in, metadata, new ParseContext());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String described(MediaType type) {
        Optional<DocumentType> known = DocumentType.of(type.getBaseType().toString());
        if (known.isPresent()) {
            return known.get().inSentence();
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "of a kind that could not be recognised";
        }
        if (CONTAINERS.contains(type)) {
            return "an Office file whose name does not say which kind";
        }
        try {
            String description = Registry.TYPES.forName(type.getBaseType().toString()).getDescription();
            return description == null || description.isBlank() ? "of the type " + type.getBaseType()
                    : "of the kind \u201c" + description + "\u201d";
        } catch (MimeTypeException unknown) {
            return "of the type " + type.getBaseType();
        }
    }
}
