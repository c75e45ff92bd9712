import type { CreateTagSubscriptionRequest } from '@egcc/contracts';
import { Link } from 'react-router';
import { describeError } from '../../../shared/api/client';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { Button } from '../../../shared/ui/form';
import { useTagFollows, useToggleTagFollow } from '../api/tag-follows';

export interface FollowableTag {
  /** "focus area", "gap", "delegation". */
  kind: string;
  label: string;
  request: CreateTagSubscriptionRequest;
}

/**
 * Follow the tag the list is filtered by, where the member is looking at it: new threads
 * with it then notify them (the notification settings list every tag followed).
 */
export function TagFollow({ tag }: { tag: FollowableTag }) {
  const follows = useTagFollows();
  const toggle = useToggleTagFollow();
  const announce = useAnnounce();
  const following = follows.data?.find(
    (follow) =>
      (tag.request.focusArea !== undefined && follow.focusArea === tag.request.focusArea) ||
      (tag.request.gapKind !== undefined && follow.gapKind === tag.request.gapKind) ||
      (tag.request.delegation !== undefined && follow.delegation === tag.request.delegation),
  );
  if (!follows.data) return null;
  return (
    <div className="tag-follow">
      <p className="tag-follow__state">
        {following
          ? `You follow the ${tag.kind} “${tag.label}”: you are told when someone opens a thread with it.`
          : `Follow the ${tag.kind} “${tag.label}” to be told when someone opens a thread with it.`}{' '}
        <Link to="/profile/notifications">Tags you follow</Link>
      </p>
      <Button
        variant="secondary"
        aria-pressed={Boolean(following)}
        pending={toggle.isPending}
        pendingLabel="Saving…"
        onClick={() =>
          toggle.mutate(following ? { unfollow: following.id } : { follow: tag.request }, {
            onSuccess: () =>
              announce(
                following
                  ? `You no longer follow the ${tag.kind} “${tag.label}”.`
                  : `You follow the ${tag.kind} “${tag.label}”.`,
              ),
          })
        }
      >
        Follow this {tag.kind}
      </Button>
      {toggle.isError && (
        <p className="field__error" role="alert">
          {describeError(toggle.error)}
        </p>
      )}
    </div>
  );
}
