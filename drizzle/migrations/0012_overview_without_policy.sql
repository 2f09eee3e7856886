-- The overview no longer reads which policy version is still to be acknowledged: nothing showed it (the banner of
-- every Personal Center page asks pc_policy_banner, and only once a material version exists), yet each page view
-- paid for it with two scans of policy_versions.
CREATE OR REPLACE FUNCTION pc_account_overview(p_subject uuid)
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
      'unread', (SELECT count(*)::int FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)
    )
    FROM users u WHERE u.id = p_subject
  );
END;
$$;
