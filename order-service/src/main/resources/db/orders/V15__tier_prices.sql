-- Each tier's unit price of an order line, fixed at purchase from the price lists in force that day and never changed:
-- level 1 is what the selling partner charges the next tier (its reseller, or its customer), level 2 what that reseller
-- charges the customer. Level 0 is Microsoft's, the line's own unit_price. A line bought while no tier had a list in force
-- has no rows (every tier sold at Microsoft's price), nor has a line bought before this version.
CREATE TABLE order_line_tier (
  order_id    text          NOT NULL,
  line_number int           NOT NULL,
  level       int           NOT NULL CHECK (level >= 1),
  seller_id   text          NOT NULL,
  buyer_id    text,
  unit_price  numeric(20,6) NOT NULL,
  currency    char(3)       NOT NULL,
  PRIMARY KEY (order_id, line_number, level),
  FOREIGN KEY (order_id, line_number) REFERENCES order_line (order_id, line_number)
);
