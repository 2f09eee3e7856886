-- The two reads behind every signed-in page view, as functions: PL/pgSQL keeps their query plans
-- per connection, so a page view no longer pays for planning them (a large share of the cost on PGlite).
CREATE FUNCTION pc_session_actor(p_session uuid)
RETURNS TABLE (id uuid, roles text[], status text, confirmed_at timestamptz, last_seen_at timestamptz)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT u.id, u.roles, u.status, s.confirmed_at, s.last_seen_at
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = p_session AND s.revoked_at IS NULL AND s.expires_at > now()
    LIMIT 1;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION pc_account_overview(p_subject uuid)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT json_build_object(
      'username', u.username,
      'nickname', u.nickname,
      'email', u.email,
      'phone', u.phone,
      'status', u.status,
      'birthDate', u.birth_date,
      'createdAt', u.created_at,
      'choices', coalesce((SELECT json_agg(json_build_object('purpose', c.purpose, 'granted', c.granted))
                           FROM consents c WHERE c.user_id = u.id), '[]'::json),
      'openRequests', coalesce((SELECT json_agg(r ORDER BY r."dueAt") FROM (
                                  SELECT pr.id, pr.type, pr.status, pr.due_at AS "dueAt" FROM privacy_requests pr
                                  WHERE pr.user_id = u.id AND pr.status IN ('open', 'in_progress', 'answered')
                                  ORDER BY pr.due_at LIMIT 5) r), '[]'::json),
      'unread', (SELECT count(*)::int FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL),
      'policyToAck', (SELECT p.version FROM policy_versions p
                      WHERE p.material
                        AND p.published_at = (SELECT max(published_at) FROM policy_versions)
                        AND NOT EXISTS (SELECT 1 FROM policy_acknowledgments a WHERE a.user_id = u.id AND a.version = p.version)
                      LIMIT 1)
    )
    FROM users u WHERE u.id = p_subject
  );
END;
$$;
