package org.joinedup;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the shared model on its own for its tests. */
@SpringBootApplication
public class SharedModelTestApplication {
}
