-- A request the shop declines is "rejected" (with its reason in the step's note), distinct from one closed after
-- an answer; the database keeps checking the list, for requests and their steps alike.
ALTER TABLE privacy_requests DROP CONSTRAINT privacy_requests_status_known;
--> statement-breakpoint
ALTER TABLE privacy_requests ADD CONSTRAINT privacy_requests_status_known CHECK (status IN ('open','in_progress','answered','closed','rejected','withdrawn'));
--> statement-breakpoint
ALTER TABLE privacy_requests ADD CONSTRAINT privacy_requests_type_known CHECK (type IN ('access','correction','complaint','question','objection'));
--> statement-breakpoint
ALTER TABLE request_events ADD CONSTRAINT request_events_status_known CHECK (status IN ('open','in_progress','answered','closed','rejected','withdrawn'));
