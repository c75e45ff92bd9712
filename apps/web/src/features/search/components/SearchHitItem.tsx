import type { SearchHit, SearchTextPart } from '@egcc/contracts';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/ui/format';
import { SEARCH_TYPE_LABELS } from './labels';

/** Text with the matched words in <mark>, built from the parts: the text is never read as HTML. */
export function HighlightedText({ parts }: { parts: SearchTextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** Who and what it belongs to: the delegation, the author, the meeting. */
function contextOf(hit: SearchHit): string[] {
  const context: string[] = [];
  if (hit.author) {
    const delegation = hit.author.delegation?.name;
    context.push(delegation ? `${hit.author.name} (${delegation})` : hit.author.name);
  } else if (hit.delegation) {
    context.push(hit.delegation.name);
  }
  if (hit.meeting && hit.meeting.title !== hit.title) context.push(hit.meeting.title);
  return context;
}

/** One result: what kind it is, its title (a link to it) and section, its context and date, the snippet. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <p className="search-hit__kind">{SEARCH_TYPE_LABELS[hit.type].one}</p>
      <h3 className="search-hit__title">
        <Link to={hit.url}>
          {hit.title}
          {hit.section && <span className="search-hit__section"> — {hit.section}</span>}
        </Link>
      </h3>
      <p className="search-hit__meta">
        {contextOf(hit).map((part) => (
          <Fragment key={part}>{part} · </Fragment>
        ))}
        <time dateTime={hit.date}>{formatDate(hit.date)}</time>
      </p>
      {hit.snippet.length > 0 && (
        <p className="search-hit__snippet">
          <HighlightedText parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}
