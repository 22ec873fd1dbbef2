// Times as people read them: in the viewer's time zone, with the UTC moment (ISO-8601) on hover and in datetime. Every
// page shows instants through these two.
const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function time(iso, format) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const el = document.createElement('time');
  el.dateTime = d.toISOString();
  el.title = d.toISOString();
  el.textContent = format.format(d);
  return el;
}

/** An instant (a change, a filing, an order, a quote's expiry): date and time in the viewer's zone, UTC on hover. */
export function when(iso) {
  return time(iso, MOMENT);
}

/** A day (an expiry, a start) in the viewer's zone, the UTC instant on hover. */
export function day(iso) {
  return time(iso, DAY);
}
