package org.joinedup.pathway.documents;

/** A file to download: the name it was uploaded with, its type read from its content, and its bytes. */
public record DocumentFile(String fileName, DocumentType type, String sha256, byte[] content) {

    public DocumentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
