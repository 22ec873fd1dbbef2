-- A savings plan shows in the customer's subscription list, which the directory answers (as Partner Center lists a
-- plan as a subscription of unit type Benefit). The directory keeps its own rows of them, so it never asks this
-- service: every change of what that line shows (bought, renamed, rescoped, auto-renew, renewed) is written to the
-- outbox in its transaction (topic 'benefitSubscription'); the plans there already are sent once as they are. A
-- renewal claim touches none of these columns and sends nothing; expiry needs no message, the line ends at its date.
CREATE FUNCTION savings_plan_to_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orders.outbox (topic, payload) VALUES ('benefitSubscription', jsonb_build_object(
    'row', jsonb_build_object('id', NEW.id, 'savings_plan_order_id', NEW.savings_plan_order_id, 'partner_id', NEW.partner_id,
      'reseller_partner_id', NEW.reseller_partner_id, 'customer_id', NEW.customer_id, 'subscription_id', NEW.subscription_id,
      'display_name', NEW.display_name, 'catalog_item_id', NEW.catalog_item_id, 'product_id', NEW.product_id, 'sku_id', NEW.sku_id,
      'term', NEW.term, 'billing_plan', NEW.billing_plan, 'effective_at', NEW.effective_at, 'expires_at', NEW.expires_at,
      'renew', NEW.renew, 'renewed_by', NEW.renewed_by, 'order_id', NEW.order_id, 'created_at', NEW.created_at)::text,
    'at', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint));
  RETURN NULL;
END $$;

CREATE TRIGGER savings_plan_change AFTER INSERT OR UPDATE OF customer_id, subscription_id, display_name, expires_at, renew, renewed_by,
  partner_id, reseller_partner_id ON savings_plan FOR EACH ROW EXECUTE FUNCTION savings_plan_to_outbox();

INSERT INTO outbox (topic, payload)
SELECT 'benefitSubscription', jsonb_build_object('row', jsonb_build_object('id', id, 'savings_plan_order_id', savings_plan_order_id,
    'partner_id', partner_id, 'reseller_partner_id', reseller_partner_id, 'customer_id', customer_id, 'subscription_id', subscription_id,
    'display_name', display_name, 'catalog_item_id', catalog_item_id, 'product_id', product_id, 'sku_id', sku_id, 'term', term,
    'billing_plan', billing_plan, 'effective_at', effective_at, 'expires_at', expires_at, 'renew', renew, 'renewed_by', renewed_by,
    'order_id', order_id, 'created_at', created_at)::text, 'at', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
FROM savings_plan ORDER BY created_at, id;
