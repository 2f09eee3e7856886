-- The session check is now a plain statement, prepared once per connection (lib/auth/actor.ts).
DROP FUNCTION IF EXISTS pc_session_actor(uuid);
