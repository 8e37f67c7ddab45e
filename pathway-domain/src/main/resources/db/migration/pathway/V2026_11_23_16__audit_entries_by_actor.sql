-- "Your data" lists every audit entry a person made; find them without reading the whole trail.
CREATE INDEX ix_audit_actor ON audit_entry (actor_id, id);
