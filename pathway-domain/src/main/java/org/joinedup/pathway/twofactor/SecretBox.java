package org.joinedup.pathway.twofactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets before they reach the database (AES-256-GCM, a fresh
 * nonce each time), so a copy of the database or a backup alone does not reveal them.
 * The key comes from {@code JOINEDUP_SECRET_KEY}; without it, one is generated once into
 * the data directory, which suits the embedded default. Several nodes must share the key.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    static final String KEY_FILE = "secret.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 16;

    private final BytesEncryptor encryptor;

    SecretBox(@Value("${joinedup.secret-key:}") String configuredKey, @Value("${joinedup.data-dir}") Path dataDir) {
        byte[] key = configuredKey.isBlank() ? keyFromDataDirectory(dataDir) : decode(configuredKey, "JOINEDUP_SECRET_KEY");
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(NONCE_BYTES),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    String seal(byte[] secret) {
        return Base64.getEncoder().encodeToString(encryptor.encrypt(secret));
    }

    byte[] open(String sealed) {
        return encryptor.decrypt(Base64.getDecoder().decode(sealed));
    }

    private static byte[] keyFromDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                write(file, Base64.getEncoder().encodeToString(key));
                log.info("Generated the key that protects authenticator secrets at {}. Back it up with the database, "
                        + "or set JOINEDUP_SECRET_KEY", file.toAbsolutePath());
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file + "; set JOINEDUP_SECRET_KEY instead", e);
        }
    }

    private static void write(Path file, String key) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, key, StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold a " + KEY_BYTES
                    + "-byte key in Base64, for example the output of: openssl rand -base64 32");
        }
        return key;
    }
}
