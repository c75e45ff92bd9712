import type { DiffPart } from '@egcc/contracts';

/**
 * A word diff as text: added words in <ins>, removed ones in <del>, each also said in words for
 * screen readers (colour and strike-through alone do not reach them).
 */
export function DiffParts({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.change === 'ADDED')
          return (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        if (part.change === 'REMOVED')
          return (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}
