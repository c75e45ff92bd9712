import { Button } from './form/buttons';

interface InfiniteList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): unknown;
}

/**
 * "Show more" under a cursor-paged list: the next page is appended, focus stays on the
 * button, and a status line says how many are shown.
 */
export function ShowMore({ list, shown, noun }: { list: InfiniteList; shown: number; noun: string }) {
  return (
    <div className="show-more">
      <p role="status" className="show-more__count">
        {shown === 0 ? '' : `Showing ${shown} ${noun}${list.hasNextPage ? '' : ' (all of them)'}.`}
      </p>
      {list.hasNextPage && (
        <Button
          variant="secondary"
          pending={list.isFetchingNextPage}
          pendingLabel="Loading…"
          onClick={() => void list.fetchNextPage()}
        >
          Show more {noun}
        </Button>
      )}
    </div>
  );
}
