package org.joinedup.identity.twofactor;

import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.joinedup.platform.secretkey.PortalSecretKey;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets before they reach the database (AES-256-GCM, a fresh
 * nonce each time), so a copy of the database or a backup alone does not reveal them.
 * The key is the portal's secret key ({@link PortalSecretKey}).
 */
@Component
class SecretBox {

    private static final int NONCE_BYTES = 16;

    private final BytesEncryptor encryptor;

    SecretBox(PortalSecretKey portalKey) {
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(portalKey.authenticatorSecretsKey(), "AES"),
                KeyGenerators.secureRandom(NONCE_BYTES), AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    String seal(byte[] secret) {
        return Base64.getEncoder().encodeToString(encryptor.encrypt(secret));
    }

    byte[] open(String sealed) {
        return encryptor.decrypt(Base64.getDecoder().decode(sealed));
    }
}
