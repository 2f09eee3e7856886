-- The audit trail is append-only: the database itself refuses to rewrite history.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
-- Enumerations are text in the schema (one migration history for both drivers); the database still checks them.
ALTER TABLE users ADD CONSTRAINT users_status_known CHECK (status IN ('active','pending_consent','held','frozen','cancellation_pending','erased'));
--> statement-breakpoint
ALTER TABLE users ADD CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['shopper','support','officer']::text[]);
--> statement-breakpoint
ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IN ('pending','paid','shipped','completed','cancelled','refunding'));
--> statement-breakpoint
ALTER TABLE guardianships ADD CONSTRAINT guardianships_status_known CHECK (status IN ('pending','active','withdrawn','ended'));
--> statement-breakpoint
ALTER TABLE support_grants ADD CONSTRAINT support_grants_mode_known CHECK (mode IN ('read','write'));
--> statement-breakpoint
ALTER TABLE consents ADD CONSTRAINT consents_source_known CHECK (source IN ('self','guardian','support','gpc','default'));
--> statement-breakpoint
ALTER TABLE consent_events ADD CONSTRAINT consent_events_source_known CHECK (source IN ('self','guardian','support','gpc','default'));
--> statement-breakpoint
ALTER TABLE privacy_requests ADD CONSTRAINT privacy_requests_status_known CHECK (status IN ('open','in_progress','answered','closed','withdrawn'));
--> statement-breakpoint
ALTER TABLE audit_events ADD CONSTRAINT audit_events_via_known CHECK (via IN ('self','guardian','support','admin','system','anonymous','none'));
