-- The usage service keeps its own copy of the reservations in force (for its roll-ups and advice), so it never asks
-- this service back. Every change of a reservation's in-force facts is written to the outbox in its transaction
-- (topic 'reservation'); the reservations there already are sent once as they are.
CREATE FUNCTION reservation_to_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r orders.reservation;
BEGIN
  r := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  INSERT INTO orders.outbox (topic, payload) VALUES ('reservation', jsonb_build_object('op', TG_OP,
    'row', jsonb_build_object('id', r.id, 'customer_id', r.customer_id, 'applied_scope_type', r.applied_scope_type,
      'applied_subscription', r.applied_subscription, 'arm_region_name', r.arm_region_name, 'arm_sku_name', r.arm_sku_name,
      'quantity', r.quantity, 'effective_at', r.effective_at, 'expires_at', r.expires_at,
      'instance_flexibility', r.instance_flexibility)::text,
    'at', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint));
  RETURN NULL;
END $$;

CREATE TRIGGER reservation_change AFTER INSERT OR DELETE OR UPDATE OF customer_id, applied_scope_type, applied_subscription,
  arm_region_name, arm_sku_name, quantity, effective_at, expires_at, instance_flexibility ON reservation
  FOR EACH ROW EXECUTE FUNCTION reservation_to_outbox();

INSERT INTO outbox (topic, payload)
SELECT 'reservation', jsonb_build_object('op', 'INSERT', 'row', jsonb_build_object('id', id, 'customer_id', customer_id,
    'applied_scope_type', applied_scope_type, 'applied_subscription', applied_subscription, 'arm_region_name', arm_region_name,
    'arm_sku_name', arm_sku_name, 'quantity', quantity, 'effective_at', effective_at, 'expires_at', expires_at,
    'instance_flexibility', instance_flexibility)::text, 'at', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
FROM reservation ORDER BY effective_at, id;
