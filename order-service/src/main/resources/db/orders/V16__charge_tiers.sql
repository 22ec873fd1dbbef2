-- Each charge's amount at each tier (what the seller of that tier charges, or credits, its buyer), written with the
-- charge from the tier's own unit price by the rule that gave Microsoft's amount, and sent with it to billing.
ALTER TABLE charge ADD COLUMN tiers jsonb;

-- Charges written before this version: a line with tier prices is scaled from Microsoft's amount by each tier's unit
-- price (rounded half up to the cent, as amounts are); a line without passes Microsoft's amount down every tier.
UPDATE charge ch SET tiers = COALESCE(
    (SELECT jsonb_agg(jsonb_build_object('level', t.level, 'sellerId', t.seller_id, 'buyerId', t.buyer_id,
         'amount', COALESCE(round(ch.amount * t.unit_price / NULLIF(ol.unit_price, 0), 2), 0)) ORDER BY t.level)
       FROM reservation_order ro
       JOIN order_line ol ON ol.order_id = ro.order_id AND ol.line_number = ro.line_number
       JOIN order_line_tier t ON t.order_id = ol.order_id AND t.line_number = ol.line_number
      WHERE ro.id = ch.reservation_order_id),
    CASE WHEN o.reseller_partner_id IS NULL
      THEN jsonb_build_array(jsonb_build_object('level', 1, 'sellerId', ch.partner_id, 'buyerId', ch.customer_id, 'amount', ch.amount))
      ELSE jsonb_build_array(
        jsonb_build_object('level', 1, 'sellerId', ch.partner_id, 'buyerId', o.reseller_partner_id, 'amount', ch.amount),
        jsonb_build_object('level', 2, 'sellerId', o.reseller_partner_id, 'buyerId', ch.customer_id, 'amount', ch.amount))
    END)
  FROM purchase_order o WHERE o.id = ch.order_id;

-- What billing is told of a charge now also names its product kind, its series, its billing plan and its tiers.
CREATE OR REPLACE FUNCTION charge_event(charge_id bigint) RETURNS jsonb LANGUAGE sql STABLE SET search_path = orders, pg_temp AS $$
  SELECT jsonb_build_object('id', ch.id, 'partner_id', ch.partner_id, 'partner_mpn_id', p.mpn_id, 'customer_id', ch.customer_id,
      'customer_name', c.company_name, 'customer_country', c.country, 'order_id', ch.order_id, 'order_date', o.created_at,
      'reservation_order_id', ch.reservation_order_id, 'charge_type', ch.charge_type, 'product_id', ch.product_id,
      'sku_id', ch.sku_id, 'sku_name', ch.sku_name, 'catalog_item_id', ol.catalog_item_id, 'friendly_name', ol.friendly_name,
      'unit_price', ch.unit_price, 'quantity', ch.quantity, 'amount', ch.amount, 'currency', ch.currency,
      'charge_start', ch.charge_start, 'charge_end', ch.charge_end, 'reseller_mpn_id', ch.reseller_mpn_id, 'created_at', ch.created_at,
      'product_kind', CASE WHEN ol.hourly_commitment IS NOT NULL THEN 'savingsPlan' ELSE 'reservation' END,
      'series', r.series, 'billing_plan', COALESCE(r.billing_plan, sp.billing_plan), 'tiers', COALESCE(ch.tiers, '[]'::jsonb))
  FROM charge ch
  JOIN partner p ON p.id = ch.partner_id
  JOIN customer c ON c.id = ch.customer_id
  JOIN purchase_order o ON o.id = ch.order_id
  LEFT JOIN reservation_order ro ON ro.id = ch.reservation_order_id
  LEFT JOIN order_line ol ON ol.order_id = ro.order_id AND ol.line_number = ro.line_number
  LEFT JOIN LATERAL (SELECT x.series, x.billing_plan FROM reservation x WHERE x.reservation_order_id = ch.reservation_order_id
                     ORDER BY x.created_at LIMIT 1) r ON true
  LEFT JOIN LATERAL (SELECT y.billing_plan FROM savings_plan y WHERE y.savings_plan_order_id = ch.reservation_order_id LIMIT 1) sp ON true
  WHERE ch.id = charge_id
$$;

-- Billing has the earlier charges without tiers: they go to it again, and it keeps what it lacked. Events of the earlier
-- shape not yet delivered are replaced by these.
DELETE FROM outbox WHERE topic = 'charge' AND delivered_at IS NULL;
INSERT INTO outbox (topic, payload) SELECT 'charge', charge_event(id) FROM charge ORDER BY id;
