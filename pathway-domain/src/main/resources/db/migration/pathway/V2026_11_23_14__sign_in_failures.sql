-- New password hashes are PBKDF2 (AccessConfiguration), longer than bcrypt's; room for a later algorithm too.
ALTER TABLE person MODIFY password_hash VARCHAR(255);
