package org.joinedup;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the shared model with the forums for the forums' own tests. */
@SpringBootApplication
public class ForumsTestApplication {
}
