import type { CreateTagSubscriptionRequest, TagSubscription } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followTag } from './follow-tag';
import { TAG_SUBSCRIPTIONS_KEY } from './get-tag-subscriptions';
import { unfollowTag } from './unfollow-tag';

export interface TagChoice {
  focusAreas: string[];
  gapKinds: string[];
  delegations: string[];
}

/** The follows to add and to end so that the member follows exactly `wanted`. */
export function tagChanges(current: readonly TagSubscription[], wanted: TagChoice) {
  const follows = (kind: 'focusArea' | 'gapKind' | 'delegation') =>
    current.filter((tag) => tag[kind] !== null).map((tag) => ({ id: tag.id, code: tag[kind] as string }));
  const diff = (kind: 'focusArea' | 'gapKind' | 'delegation', codes: string[]) => {
    const existing = follows(kind);
    return {
      add: codes
        .filter((code) => !existing.some((tag) => tag.code === code))
        .map((code) => ({ [kind]: code }) as CreateTagSubscriptionRequest),
      remove: existing.filter((tag) => !codes.includes(tag.code)).map((tag) => tag.id),
    };
  };
  const parts = [
    diff('focusArea', wanted.focusAreas),
    diff('gapKind', wanted.gapKinds),
    diff('delegation', wanted.delegations),
  ];
  return { add: parts.flatMap((part) => part.add), remove: parts.flatMap((part) => part.remove) };
}

/** Saves the tags followed: one request per change (the API follows one tag at a time). */
export function useSaveTagFollows(current: readonly TagSubscription[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (wanted: TagChoice) => {
      const { add, remove } = tagChanges(current, wanted);
      for (const id of remove) await unfollowTag(id);
      for (const tag of add) await followTag(tag);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: TAG_SUBSCRIPTIONS_KEY }),
  });
}
