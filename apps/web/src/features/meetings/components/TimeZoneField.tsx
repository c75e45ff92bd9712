import { useId, useMemo, useState } from 'react';
import { type FieldProps, SelectField } from '../../../shared/ui/form';
import { viewerTimeZone, zoneAbbreviation } from './meeting-time';

/** Every IANA zone this browser knows, UTC first. */
export function allTimeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [viewerTimeZone()];
  }
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}

const label = (zone: string, now: Date) => `${zone.replace(/_/g, ' ')} (${zoneAbbreviation(now, zone)})`;

/**
 * An IANA time zone: a search box narrows the list below it, which keeps the chosen zone in
 * view. Works with the keyboard alone (type, then Tab to the list and use the arrow keys).
 */
export function TimeZoneField(props: FieldProps<string> & { hint?: string }) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const now = useMemo(() => new Date(), []);
  const zones = useMemo(() => allTimeZones(), []);
  const needle = search.trim().toLowerCase().replace(/\s+/g, '_');
  const matching = needle ? zones.filter((zone) => zone.toLowerCase().includes(needle)) : zones;
  const shown = matching.includes(props.value) || !props.value ? matching : [props.value, ...matching];
  return (
    <div className="time-zone-field">
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          Find a time zone
          <span className="field__optional"> (optional)</span>
        </label>
        <div className="field__hint" id={`${searchId}-hint`}>
          Type a city, e.g. Tallinn or Berlin, to narrow the list below.
        </div>
        <input
          id={searchId}
          className="input input--medium"
          type="search"
          value={search}
          aria-describedby={`${searchId}-hint ${searchId}-count`}
          onChange={(event) => {
            setSearch(event.target.value);
            const next = event.target.value.trim().toLowerCase().replace(/\s+/g, '_');
            const first = zones.find((zone) => zone.toLowerCase().includes(next));
            if (next && first) props.onChange(first);
          }}
        />
        <p className="visually-hidden" id={`${searchId}-count`} role="status">
          {needle
            ? `${matching.length} time zones match${matching.length ? `; ${props.value.replace(/_/g, ' ')} chosen` : ''}.`
            : ''}
        </p>
      </div>
      <SelectField {...props} options={shown.map((zone) => ({ value: zone, label: label(zone, now) }))} />
    </div>
  );
}
