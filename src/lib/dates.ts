/**
 * Dates as readers see them. Fixed to UTC and English so builds are the same
 * on every machine.
 */

/** "2024-05-17" → "17 May 2024". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: "${isoDate}" is not a YYYY-MM-DD date`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
