-- The transactional outbox: every charge or credit written here is also written, in the same transaction,
-- as an event for the billing service, with what an invoice line shows as it is at that moment. A relay
-- delivers the events (at least once; billing keeps each charge once, by its id).
CREATE TABLE outbox (
  id            bigserial   PRIMARY KEY,
  topic         text        NOT NULL,
  payload       jsonb       NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  claimed_until timestamptz,
  delivered_at  timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;

CREATE FUNCTION charge_event(charge_id bigint) RETURNS jsonb LANGUAGE sql STABLE SET search_path = orders, pg_temp AS $$
  SELECT jsonb_build_object('id', ch.id, 'partner_id', ch.partner_id, 'partner_mpn_id', p.mpn_id, 'customer_id', ch.customer_id,
      'customer_name', c.company_name, 'customer_country', c.country, 'order_id', ch.order_id, 'order_date', o.created_at,
      'reservation_order_id', ch.reservation_order_id, 'charge_type', ch.charge_type, 'product_id', ch.product_id,
      'sku_id', ch.sku_id, 'sku_name', ch.sku_name, 'catalog_item_id', ol.catalog_item_id, 'friendly_name', ol.friendly_name,
      'unit_price', ch.unit_price, 'quantity', ch.quantity, 'amount', ch.amount, 'currency', ch.currency,
      'charge_start', ch.charge_start, 'charge_end', ch.charge_end, 'reseller_mpn_id', ch.reseller_mpn_id, 'created_at', ch.created_at)
  FROM charge ch
  JOIN partner p ON p.id = ch.partner_id
  JOIN customer c ON c.id = ch.customer_id
  JOIN purchase_order o ON o.id = ch.order_id
  LEFT JOIN reservation_order ro ON ro.id = ch.reservation_order_id
  LEFT JOIN order_line ol ON ol.order_id = ro.order_id AND ol.line_number = ro.line_number
  WHERE ch.id = charge_id
$$;

CREATE FUNCTION charge_to_outbox() RETURNS trigger LANGUAGE plpgsql SET search_path = orders, pg_temp AS $$
BEGIN
  INSERT INTO outbox (topic, payload) VALUES ('charge', charge_event(NEW.id));
  RETURN NEW;
END
$$;

CREATE TRIGGER charge_outbox AFTER INSERT ON charge FOR EACH ROW EXECUTE FUNCTION charge_to_outbox();

-- Charges made before the billing service existed go to it the same way.
INSERT INTO outbox (topic, payload) SELECT 'charge', charge_event(id) FROM charge ORDER BY id;
