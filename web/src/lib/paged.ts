import { createComputed, createResource, createSignal, on } from "solid-js";
import type { Page } from "@slotbook/contract";
import { createSubmit } from "./submit";

/**
 * A list the API pages: the first page as a resource (for Async), then "Show more" appends the next one
 * from the cursor the last page gave. A refetch starts over from the first page.
 */
export function createPagedList<T>(fetchPage: (cursor?: string) => Promise<Page<T>>) {
  const [first, { refetch }] = createResource(() => fetchPage());
  const [more, setMore] = createSignal<T[]>([]);
  const [cursor, setCursor] = createSignal<string>();
  createComputed(
    on(
      () => first.latest,
      (page) => {
        setMore([]);
        setCursor(page?.nextCursor);
      },
    ),
  );
  const loadMore = createSubmit(async () => {
    const page = await fetchPage(cursor());
    setMore((items) => [...items, ...page.items]);
    setCursor(page.nextCursor);
  });
  return {
    first,
    refetch,
    items: (): T[] => [...(first.latest?.items ?? []), ...more()],
    hasMore: () => cursor() !== undefined,
    loadMore,
  };
}

export type PagedList<T> = ReturnType<typeof createPagedList<T>>;
