-- The profile and security pages' reads as functions, like the overview's (0002): PL/pgSQL keeps their plans per
-- connection, so a page view no longer pays for planning a statement of several subqueries (on the embedded
-- database that was about 0.6 ms of a security page's 1 ms query).
CREATE FUNCTION pc_security_page(p_subject uuid, p_history_days int, p_max_sessions int, p_max_history int)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT json_build_object(
      'sessions', coalesce((SELECT json_agg(s ORDER BY s."lastSeenAt" DESC) FROM (
          SELECT id, device, browser, ip, created_at AS "createdAt", last_seen_at AS "lastSeenAt" FROM sessions
          WHERE user_id = p_subject AND revoked_at IS NULL AND expires_at > now()
          ORDER BY last_seen_at DESC LIMIT p_max_sessions) s), '[]'),
      'history', coalesce((SELECT json_agg(h ORDER BY h.at DESC) FROM (
          SELECT id, created_at AS at, success, reason, ip, user_agent AS "userAgent" FROM sign_in_attempts
          WHERE user_id = p_subject AND created_at > now() - make_interval(days => p_history_days)
          ORDER BY created_at DESC LIMIT p_max_history) h), '[]'),
      'logins', coalesce((SELECT json_agg(l ORDER BY l."linkedAt", l.id) FROM (
          SELECT id, provider, display_name AS "displayName", external_id AS "externalId", linked_at AS "linkedAt"
          FROM linked_logins WHERE user_id = p_subject) l), '[]'),
      'hasPassword', u.password_hash IS NOT NULL,
      'username', u.username,
      'nickname', u.nickname)
    FROM users u WHERE u.id = p_subject
  );
END;
$$;
--> statement-breakpoint
CREATE FUNCTION pc_profile_page(p_subject uuid, p_with_identity boolean, p_category text, p_open text[])
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
    SELECT json_build_object(
      'username', u.username,
      'nickname', coalesce(u.nickname, u.username),
      'gender', u.gender,
      'birthDate', u.birth_date::text,
      'interests', u.interests,
      'version', u.version,
      'email', u.email,
      'phone', u.phone,
      'identity', CASE WHEN p_with_identity THEN (
          SELECT json_build_object('legalName', i.legal_name, 'idNumber', i.id_number, 'verifiedAt', i.verified_at,
                                   'releasedAt', i.released_at)
          FROM identities i WHERE i.user_id = u.id) END,
      'correction', CASE WHEN p_with_identity THEN (
          SELECT json_build_object('id', r.id, 'status', r.status, 'createdAt', r.created_at, 'dueAt', r.due_at)
          FROM privacy_requests r
          WHERE r.user_id = u.id AND r.type = 'correction' AND r.category = p_category AND r.status = ANY (p_open)
          ORDER BY r.created_at DESC LIMIT 1) END)
    FROM users u WHERE u.id = p_subject
  );
END;
$$;
