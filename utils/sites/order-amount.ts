import { z } from 'zod';

/**
 * What the customer paid for the order, as the platform's data gives it: the Care API's `orderline.order.price`
 * ("89.99", a decimal string) and `currency` (ISO 4217, "EUR"). Kept as the platform's string so no rounding ever
 * happens before the reply writes it for its locale (templates/variables.ts).
 */
export const orderAmountSchema = z.object({
  value: z.string().regex(/^\d{1,9}(\.\d{1,4})?$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type OrderAmount = z.infer<typeof orderAmountSchema>;

/** The amount from the API's price and currency fields, or null when either is missing or malformed. */
export function orderAmountFrom(price: unknown, currency: unknown): OrderAmount | null {
  const parsed = orderAmountSchema.safeParse({
    value: typeof price === 'number' ? String(price) : typeof price === 'string' ? price.trim() : price,
    currency: typeof currency === 'string' ? currency.trim().toUpperCase() : currency,
  });
  return parsed.success ? parsed.data : null;
}
