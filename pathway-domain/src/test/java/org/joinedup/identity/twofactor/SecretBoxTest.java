package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;

import org.joinedup.platform.secretkey.PortalSecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void sealed_secrets_reveal_nothing_and_open_with_the_same_key_only() throws Exception {
        byte[] secret = AuthenticatorCodes.newKey();
        SecretBox box = new SecretBox(new PortalSecretKey("", dataDir));

        String sealed = box.seal(secret);

        assertThat(sealed).doesNotContain(AuthenticatorCodes.toBase32(secret))
                .isNotEqualTo(box.seal(secret));
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThat(new SecretBox(new PortalSecretKey("", dataDir)).open(sealed)).as("the generated key is kept")
                .isEqualTo(secret);
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> new SecretBox(new PortalSecretKey(otherKey, dataDir)).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
