/** Where a thread, or one of its posts, is in the portal: what notifications and e-mails link to. */
export const threadLink = (threadId: string, postNumber?: number) =>
  `/discussions/${threadId}${postNumber ? `?post=${postNumber}` : ''}`;
