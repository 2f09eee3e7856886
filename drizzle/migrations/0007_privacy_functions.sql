-- Consent records are append-only: a choice is changed by a new record, never by rewriting an old one.
-- (Rows may still be deleted, so erasing an account can remove them.)
CREATE FUNCTION consent_events_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_events is append-only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_update();
--> statement-breakpoint
-- What the consent look-up API needs about one subject and one purpose, in one indexed read. A function,
-- so the plan is cached per connection: the API answers other services on their hot paths.
-- No row: the subject does not exist. A null `granted`: no choice recorded, the default applies.
CREATE FUNCTION pc_permission(p_subject uuid, p_purpose text)
RETURNS TABLE (status text, birth_date date, granted boolean, source text, policy_version text,
               updated_at timestamptz, gpc_override boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT u.status, u.birth_date, c.granted, c.source, c.policy_version, c.updated_at, c.gpc_override
    FROM users u LEFT JOIN consents c ON c.user_id = u.id AND c.purpose = p_purpose
    WHERE u.id = p_subject;
END;
$$;
--> statement-breakpoint
-- The policy a signed-in person still has to acknowledge, for the banner on every Personal Center page:
-- the version in force, when a material version was published after the last one they acknowledged
-- (or, if they never acknowledged one, after they signed up: signing up accepts the policy then in force).
CREATE FUNCTION pc_policy_banner(p_session uuid)
RETURNS TABLE (version text, summary_en text, summary_zh text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    WITH me AS (
      SELECT s.user_id, u.created_at FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = p_session AND s.revoked_at IS NULL AND s.expires_at > now()
    ), cur AS (
      SELECT p.version, p.summary_en, p.summary_zh FROM policy_versions p ORDER BY p.published_at DESC LIMIT 1
    ), material AS (
      SELECT max(p.published_at) AS at FROM policy_versions p WHERE p.material
    ), acked AS (
      SELECT max(p.published_at) AS at FROM policy_acknowledgments a
      JOIN policy_versions p ON p.version = a.version
      WHERE a.user_id = (SELECT me.user_id FROM me)
    )
    SELECT cur.version, cur.summary_en, cur.summary_zh FROM cur, material, acked, me
    WHERE material.at IS NOT NULL AND greatest(acked.at, me.created_at) < material.at;
END;
$$;
--> statement-breakpoint
-- One change of one choice, in one statement (see lib/consent/write.ts, which calls it inside the action's
-- transaction): under the subject's lock, a write older than the stored state (by seq) changes nothing; the same
-- value only advances the sequence; anything else appends a consent event and updates the current state.
CREATE FUNCTION pc_set_choice(p_subject uuid, p_purpose text, p_granted boolean, p_source text, p_actor uuid,
                              p_ip inet, p_seq bigint, p_gpc_override boolean)
RETURNS TABLE (applied boolean, changed boolean, granted boolean, source text, seq bigint, policy_version text,
               updated_at timestamptz, gpc_override boolean)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  cur record;
  v text;
BEGIN
  PERFORM pg_advisory_xact_lock(72110004, hashtext(p_subject::text));
  SELECT c.granted, c.source, c.seq, c.policy_version, c.updated_at, c.gpc_override INTO cur
    FROM consents c WHERE c.user_id = p_subject AND c.purpose = p_purpose;
  IF FOUND AND p_seq <= cur.seq THEN
    RETURN QUERY SELECT false, false, cur.granted, cur.source, cur.seq, cur.policy_version, cur.updated_at, cur.gpc_override;
    RETURN;
  END IF;
  IF FOUND AND cur.granted = p_granted AND cur.source = p_source AND cur.gpc_override = p_gpc_override THEN
    UPDATE consents c SET seq = p_seq WHERE c.user_id = p_subject AND c.purpose = p_purpose;
    RETURN QUERY SELECT true, false, cur.granted, cur.source, p_seq, cur.policy_version, cur.updated_at, cur.gpc_override;
    RETURN;
  END IF;
  SELECT coalesce((SELECT p.version FROM policy_versions p ORDER BY p.published_at DESC LIMIT 1), '0') INTO v;
  INSERT INTO consent_events (user_id, purpose, granted, source, actor_id, policy_version, ip, seq, gpc_override)
    VALUES (p_subject, p_purpose, p_granted, p_source, p_actor, v, p_ip, p_seq, p_gpc_override);
  INSERT INTO consents AS c (user_id, purpose, granted, source, policy_version, updated_at, seq, gpc_override)
    VALUES (p_subject, p_purpose, p_granted, p_source, v, now(), p_seq, p_gpc_override)
    ON CONFLICT (user_id, purpose) DO UPDATE SET granted = excluded.granted, source = excluded.source,
      policy_version = excluded.policy_version, updated_at = excluded.updated_at, seq = excluded.seq,
      gpc_override = excluded.gpc_override;
  RETURN QUERY SELECT true, true, p_granted, p_source, p_seq, v, now(), p_gpc_override;
END;
$$;
--> statement-breakpoint
-- Appends one audit event in one statement (lib/audit/record.ts): the chain lock, the previous hash and the insert
-- used to be three round trips, all made while holding the one lock every write in the shop queues on.
-- The caller sends the event's canonical text, so the hash is the one verify.ts recomputes in JavaScript:
-- sha256(previous hash, newline, canonical text).
CREATE FUNCTION pc_append_audit(p_lock bigint, p_at timestamptz, p_operation text, p_outcome text, p_actor uuid,
                                p_subject uuid, p_via text, p_grant uuid, p_target_type text, p_target_id text,
                                p_fields text, p_detail text, p_canonical text)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock);
  SELECT a.hash INTO prev FROM audit_events a ORDER BY a.id DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  INSERT INTO audit_events (at, operation, outcome, actor_id, subject_id, via, grant_id, target_type, target_id,
                            fields, detail, prev_hash, hash)
  VALUES (p_at, p_operation, p_outcome, p_actor, p_subject, p_via, p_grant, p_target_type, p_target_id,
          CASE WHEN p_fields IS NULL THEN NULL ELSE ARRAY(SELECT json_array_elements_text(p_fields::json)) END,
          p_detail::jsonb, prev,
          encode(sha256(convert_to(prev || E'\n' || p_canonical, 'UTF8')), 'hex'));
END;
$$;
