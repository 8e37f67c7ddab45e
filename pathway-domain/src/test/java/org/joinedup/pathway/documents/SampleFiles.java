package org.joinedup.pathway.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made byte by byte as the programs that write them start them. */
final class SampleFiles {

    static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
            0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0};
    static final byte[] TEXT = ascii("Please bring a list of your medicines to the appointment.\nThank you.\n");
    static final byte[] HTML = ascii("<html><body><script>alert('hello')</script></body></html>");
    static final byte[] SVG = ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
            + "</script></svg>");
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final byte[] WORD = zip("[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/content-types\"/>"), false);
    static final byte[] OPEN_DOCUMENT = zip("mimetype", ascii("application/vnd.oasis.opendocument.text"), true);
    static final byte[] PLAIN_ZIP = zip("notes.txt", ascii("notes"), false);

    private SampleFiles() {
    }

    /** A PDF of exactly {@code size} bytes. */
    static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(PDF, 0, content, 0, Math.min(PDF.length, size));
        return content;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A zip whose first entry is {@code first} (stored uncompressed when asked, as OpenDocument requires). */
    private static byte[] zip(String first, byte[] content, boolean stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(first);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(ascii("<document/>"));
            zip.closeEntry();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
