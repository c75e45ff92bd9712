/** Every IANA time zone the browser knows, labelled with its current offset from UTC. */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  if (!zones.includes('UTC')) zones = [...zones, 'UTC'];
  if (current && !zones.includes(current)) zones = [...zones, current];
  const now = new Date();
  return zones
    .slice()
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: `${zone.replace(/_/g, ' ')} (${offsetOf(zone, now)})` }));
}

function offsetOf(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((piece) => piece.type === 'timeZoneName');
    return (part?.value ?? 'GMT').replace('GMT', 'UTC');
  } catch {
    return 'UTC';
  }
}
