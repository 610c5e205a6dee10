-- A paid request the office refuses is refunded: online through the provider that took the
-- payment, at the counter otherwise. The refund is recorded on the payment.
ALTER TABLE payments ADD COLUMN refunded_at BIGINT;
