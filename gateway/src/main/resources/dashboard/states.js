// A reservation's state in the words a person expects: the API's provisioning state says Succeeded for one in force and
// Cancelled for one refunded; the dashboard shows Active, Expiring, Expired, Refunded, Exchanged, Traded in, ...
const WORDS = { Succeeded: 'Active', Expiring: 'Expiring', Expired: 'Expired', Cancelled: 'Refunded', Exchanged: 'Exchanged',
  TradedIn: 'Traded in', Split: 'Split', Merged: 'Merged', Failed: 'Failed', Creating: 'Being created' };
const KINDS = { Active: 'ok', Expiring: 'warn', Expired: 'bad', Refunded: 'bad', Exchanged: '', 'Traded in': '', Failed: 'bad' };

/** The state shown for a reservation (its display state when the API gives one). */
export function stateWords(r) {
  const state = r.displayProvisioningState || r.provisioningState;
  return WORDS[state] || state || '—';
}

/** The badge's kind (ok, warn, bad) of shown state words. */
export function stateKind(words) {
  return KINDS[words] ?? '';
}

/**
 * An order's state from its lines' reservations now: "completed" while every instance is in force, else what happened to
 * them — Refunded, Exchanged, Partly refunded, ... {@code bought} is the quantity the order bought, {@code reservations}
 * the reservations of its lines as the API lists them now.
 */
export function orderState(bought, reservations) {
  if (!reservations.length) return 'Completed';
  const held = reservations.reduce((n, r) => n + Number(r.quantity || 0), 0);
  const ended = new Set(reservations.filter(r => Number(r.quantity || 0) === 0).map(stateWords));
  const given = bought - held;
  if (given <= 0) {
    const words = reservations.map(stateWords);
    return words.every(w => w === 'Expired') ? 'Expired' : 'Completed';
  }
  if (held === 0) return ended.size === 1 ? [...ended][0] : 'Ended';
  const how = ended.size === 1 ? [...ended][0].toLowerCase() : 'returned';
  return `Partly ${how} (${held} of ${bought} in force)`;
}
