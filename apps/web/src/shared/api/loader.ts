import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';

/** A page's loader fills the query cache that the page then reads; it needs the client to do so. */
export type LoaderFactory = (queryClient: QueryClient) => LoaderFunction;
