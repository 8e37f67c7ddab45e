package org.joinedup.pathway.documents;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of file a step may carry, by the media type read from the content, with a name people know. */
public enum DocumentType {

    PDF("application/pdf", "PDF", "a PDF"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "a Word document"),
    WORD_97("application/msword", "Word document (97\u20132003)", "a Word document"),
    OPEN_DOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "OpenDocument text", "an OpenDocument text"),
    PNG("image/png", "PNG image", "a PNG image"),
    JPEG("image/jpeg", "JPEG image", "a JPEG image"),
    PLAIN_TEXT("text/plain", "Plain text", "plain text");

    private final String mediaType;
    private final String label;
    private final String inSentence;

    DocumentType(String mediaType, String label, String inSentence) {
        this.mediaType = mediaType;
        this.label = label;
        this.inSentence = inSentence;
    }

    /** As it reads inside a sentence: "a PDF", "plain text". */
    public String inSentence() {
        return inSentence;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentType> of(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** "PDF, Word document, …", for telling people what is accepted. */
    public static String accepted() {
        return Arrays.stream(values()).filter(type -> type != WORD_97).map(DocumentType::label)
                .collect(Collectors.joining(", "));
    }
}
