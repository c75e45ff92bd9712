// Search results and suggestions sit under one key: what they show changes with everything else.
export const SEARCH_KEY = ['search'] as const;
