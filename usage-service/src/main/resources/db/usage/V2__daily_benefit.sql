-- The roll-up of reservation utilization (the overview and the daily utilization read it): each reservation's
-- reserved and used hours per day as the benefit engine allotted them, and its hourly utilization that day. A day's rows hold while its usage is as it was (generation: every ingest of usage of
-- that day adds one) and the reservations in force that day are the ones it was computed for (rolled_digest).
-- Starts empty: a database of the previous version computes each day on its first read.
CREATE TABLE usage.usage_day (
  customer_id       text   NOT NULL,
  arm_region_name   text   NOT NULL,
  usage_date        date   NOT NULL,
  generation        bigint NOT NULL DEFAULT 0,
  rolled_generation bigint,
  rolled_digest     text,
  PRIMARY KEY (customer_id, arm_region_name, usage_date)
);

CREATE TABLE usage.reservation_day (
  customer_id     text          NOT NULL,
  arm_region_name text          NOT NULL,
  usage_date      date          NOT NULL,
  reservation_id  text          NOT NULL,
  reserved_hours  numeric(14,2) NOT NULL,
  used_hours      numeric(14,2) NOT NULL,
  utilized_pct    numeric(7,2)  NOT NULL,
  min_pct         numeric(7,2)  NOT NULL,
  avg_pct         numeric(7,2)  NOT NULL,
  max_pct         numeric(7,2)  NOT NULL,
  PRIMARY KEY (customer_id, arm_region_name, usage_date, reservation_id)
);
