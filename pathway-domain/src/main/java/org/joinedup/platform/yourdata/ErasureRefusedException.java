package org.joinedup.platform.yourdata;

/**
 * A module cannot let the account close yet, for example because the person is the last
 * active administrator. The message is written for the person and says what to do first.
 */
public class ErasureRefusedException extends RuntimeException {

    public ErasureRefusedException(String message) {
        super(message);
    }
}
