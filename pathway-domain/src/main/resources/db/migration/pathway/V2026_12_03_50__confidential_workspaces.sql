-- A confidential workspace keeps its published pathway out of the library: only its members
-- read it. The reason is shown to them. NULL means the published pathway is in the library.
ALTER TABLE workspace ADD COLUMN confidential_reason VARCHAR(500) NULL;
