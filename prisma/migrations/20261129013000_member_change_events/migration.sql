-- Written by hand: changes to members and delegations are announced to every API process
-- (which keep the names they show in memory), whoever makes them. Each is a live event on the "system" channel, stored and sent with NOTIFY at
-- commit, like the events browsers receive.
CREATE FUNCTION "egcc_system_event"(data jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
BEGIN
  INSERT INTO "live_event" ("channel", "type", "payload") VALUES ('system', data->>'type', data)
    RETURNING "id" INTO event_id;
  PERFORM pg_notify('egcc_live', json_build_object('id', event_id::text, 'channel', 'system', 'data', data)::text);
END;
$$;

CREATE FUNCTION "user_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "egcc_system_event"(jsonb_build_object('type', 'member.changed', 'userId', OLD."id"));
  ELSIF (OLD."email", OLD."handle", OLD."name", OLD."roles", OLD."status", OLD."delegation_id", OLD."totp_enabled_at")
        IS DISTINCT FROM
        (NEW."email", NEW."handle", NEW."name", NEW."roles", NEW."status", NEW."delegation_id", NEW."totp_enabled_at") THEN
    PERFORM "egcc_system_event"(jsonb_build_object('type', 'member.changed', 'userId', NEW."id"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "user_change_event" AFTER UPDATE OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION "user_changed"();

CREATE FUNCTION "delegation_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD."code", OLD."name", OLD."membership_status") IS DISTINCT FROM (NEW."code", NEW."name", NEW."membership_status") THEN
    PERFORM "egcc_system_event"(jsonb_build_object('type', 'delegation.changed', 'delegationId', NEW."id"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "delegation_change_event" AFTER UPDATE ON "delegation"
  FOR EACH ROW EXECUTE FUNCTION "delegation_changed"();
