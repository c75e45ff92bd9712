import type { SubscriptionLevel, ThreadDetail } from '@egcc/contracts';
import { useId } from 'react';
import { describeError } from '../../../shared/api/client';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { useSetSubscription } from '../api/set-subscription';

const LEVELS: { level: SubscriptionLevel; label: string; meaning: string }[] = [
  {
    level: 'FOLLOWING',
    label: 'Follow',
    meaning: 'You follow this thread: you are told about every reply.',
  },
  {
    level: 'NONE',
    label: 'Normal',
    meaning: 'You are told when someone mentions you here.',
  },
  {
    level: 'MUTED',
    label: 'Mute',
    meaning: 'You have muted this thread: you are not told about it, not even when mentioned.',
  },
];

/** Follow, normal or mute: three buttons, the current one pressed, and what it means. */
export function SubscriptionControl({ thread }: { thread: ThreadDetail }) {
  const set = useSetSubscription(thread.id);
  const announce = useAnnounce();
  const labelId = useId();
  const meaningId = useId();
  const current = thread.subscription ?? 'NONE';
  const meaning = LEVELS.find((entry) => entry.level === current)?.meaning;
  return (
    <div className="subscription">
      <div
        className="subscription__choices"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={meaningId}
      >
        <span className="subscription__label" id={labelId}>
          Notifications about this thread
        </span>
        {LEVELS.map((entry) => (
          <button
            key={entry.level}
            type="button"
            className="button button--secondary subscription__button"
            aria-pressed={current === entry.level}
            aria-disabled={set.isPending || undefined}
            onClick={() => {
              if (set.isPending || current === entry.level) return;
              set.mutate(entry.level, { onSuccess: () => announce(entry.meaning) });
            }}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <p className="subscription__meaning" id={meaningId}>
        {meaning}
      </p>
      {set.isError && (
        <p className="field__error" role="alert">
          {describeError(set.error)}
        </p>
      )}
    </div>
  );
}
