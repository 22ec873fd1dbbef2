-- A cart line's price at each tier from the lists in force when it was checked: Microsoft's unit price (a savings
-- plan's total) and each tier's after it, as strings so no digit is lost. Null: no tier had a list in force, or the
-- line was written before this version (it shows no tier prices; checkout prices it afresh either way).
ALTER TABLE cart_line ADD COLUMN prices jsonb;
