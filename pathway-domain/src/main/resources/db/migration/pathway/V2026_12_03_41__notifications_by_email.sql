-- Whether a person also wants the daily digest and reminders by e-mail; off until they choose it.
ALTER TABLE notification_preference ADD COLUMN by_email BOOLEAN NOT NULL DEFAULT FALSE;
