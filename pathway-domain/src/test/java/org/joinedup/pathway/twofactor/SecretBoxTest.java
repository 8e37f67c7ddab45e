package org.joinedup.pathway.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void sealed_secrets_reveal_nothing_and_open_with_the_same_key_only() throws Exception {
        byte[] secret = AuthenticatorCodes.newKey();
        SecretBox box = new SecretBox("", dataDir);

        String sealed = box.seal(secret);

        assertThat(sealed).doesNotContain(AuthenticatorCodes.toBase32(secret))
                .isNotEqualTo(box.seal(secret));
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThat(new SecretBox("", dataDir).open(sealed)).as("the generated key is kept").isEqualTo(secret);
        assertThat(Files.readString(dataDir.resolve(SecretBox.KEY_FILE))).isNotBlank();
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> new SecretBox(otherKey, dataDir).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_configured_key_of_the_wrong_size_stops_start_up_with_a_clear_message() {
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=", dataDir))
                .hasMessageContaining("JOINEDUP_SECRET_KEY must hold a 32-byte key in Base64");
    }
}
