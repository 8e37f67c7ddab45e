package org.joinedup.platform.secretkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.joinedup.platform.files.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's secret key: from {@code JOINEDUP_SECRET_KEY}, or, without it, generated once
 * into the data directory, which suits the embedded default. Several nodes must share it.
 * Each new use takes a key of its own from {@link #derive(String)}, so that one key never
 * serves two purposes and a key leaked from one use reveals nothing about another.
 */
@Component
public class PortalSecretKey {

    private static final Logger log = LoggerFactory.getLogger(PortalSecretKey.class);
    static final String KEY_FILE = "secret.key";
    private static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    public PortalSecretKey(@Value("${joinedup.secret-key:}") String configuredKey, @Value("${joinedup.data-dir}") Path dataDir) {
        this.key = configuredKey.isBlank() ? keyFromDataDirectory(dataDir) : decode(configuredKey, "JOINEDUP_SECRET_KEY");
    }

    /**
     * A 32-byte key for one purpose, always the same for the same portal key and purpose:
     * HKDF-Expand (RFC 5869) with the portal key as the pseudorandom key and the purpose as
     * the info. The extract step is left out because the portal key is already uniformly
     * random (RFC 5869, section 3.3).
     */
    public byte[] derive(String purpose) {
        return expand(key, ("joinedup " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The portal key itself. Only for authenticator secrets, which were encrypted under it
     * before keys were derived per purpose; every other use derives its own.
     */
    public byte[] authenticatorSecretsKey() {
        return key.clone();
    }

    /** The first block of HKDF-Expand with HMAC-SHA-256: T(1) = HMAC(prk, info || 0x01). */
    static byte[] expand(byte[] pseudorandomKey, byte[] info) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(pseudorandomKey, HMAC));
            byte[] input = Arrays.copyOf(info, info.length + 1);
            input[info.length] = 1;
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HMAC-SHA-256", e);
        }
    }

    private static byte[] keyFromDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] generated = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(generated);
                write(file, Base64.getEncoder().encodeToString(generated));
                log.info("Generated the portal's secret key at {}. It protects authenticator secrets and seals the "
                        + "audit trail: back it up with the database, or set JOINEDUP_SECRET_KEY", file.toAbsolutePath());
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file + "; set JOINEDUP_SECRET_KEY instead", e);
        }
    }

    private static void write(Path file, String encoded) throws IOException {
        try {
            OwnerOnlyFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, encoded, StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64, String source) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            decoded = new byte[0];
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold a " + KEY_BYTES
                    + "-byte key in Base64, for example the output of: openssl rand -base64 32");
        }
        return decoded;
    }
}
