import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { describeRoutes } from '../src/app/openapi';
import { FILE_STORAGE, type FileStorage } from '../src/attachments/file-storage';
import { ROUTE_LAYOUT } from '../src/app/create-app';
import { browser, type Browser } from './support/http-client';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

type RoleName = 'delegate' | 'chair' | 'observer' | 'admin';
const ROLES: Record<
  RoleName,
  { roles: ('ADMIN' | 'CHAIR' | 'DELEGATE' | 'OBSERVER')[]; delegation: string | null }
> = {
  delegate: { roles: ['DELEGATE'], delegation: 'dk' },
  chair: { roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' },
  observer: { roles: ['OBSERVER'], delegation: 'ec' },
  admin: { roles: ['ADMIN'], delegation: null },
};
const EVERYONE: RoleName[] = ['delegate', 'chair', 'observer', 'admin'];
const ADMINS: RoleName[] = ['admin'];
/** Who writes in discussions: everyone but observers. */
const WRITERS: RoleName[] = ['delegate', 'chair', 'admin'];
const MODERATORS: RoleName[] = ['chair', 'admin'];
/** Who files national reports: delegates and the chair, for their own delegation. */
const FILERS: RoleName[] = ['delegate', 'chair'];

/** Records each case can act on, made fresh for every role so that cases do not interfere. */
interface Fixture {
  client: Browser;
  memberId: string;
  otherMember: { id: string };
  deactivatedMember: { id: string };
  secondSessionId: string;
  delegationCode: string;
  ministryId: string;
  invitationId: string;
  outboxMessageId: string;
  /** A thread someone else opened, with one post of theirs and one of the member's. */
  threadId: string;
  othersPostId: string;
  ownPostId: string;
  hiddenPostId: string;
  pinnedThreadId: string;
  lockedThreadId: string;
  tagSubscriptionId: string;
  /** A published report (of the fixture's own test delegation) to export. */
  exportReportId: string;
  /** A period nobody has reported for yet. */
  emptyPeriodId: string;
  /** Reports of the member's own delegation (the test delegation for the secretariat), each in a period of its own. */
  ownDraftId: string;
  ownSubmittedId: string;
  /** A report of another delegation, submitted for review. */
  reviewReportId: string;
  /** A published report with one revision. */
  publishedReportId: string;
  /** Files: one on the member's own draft, one on their own post, one (stored) on the published report. */
  ownDraftAttachmentId: string;
  ownPostAttachmentId: string;
  publishedAttachmentId: string;
  /** A meeting to come with a two-item agenda, for the meeting and agenda routes. */
  meetingId: string;
  agendaItemIds: [string, string];
  /** A meeting to come, which nobody has answered yet. */
  attendanceMeetingId: string;
  // ── Fixture fields: agenda publishing ──
  // ── Fixture fields: minutes ──
  /** A meeting held two months ago whose minutes are circulated (version 2); a later meeting has started. */
  minutesMeetingId: string;
  /** A meeting held seven weeks ago with draft minutes (version 1). */
  draftMinutesMeetingId: string;
  // ── Fixture fields: decisions and action items ──
  /** A decision and an action item (owned by another delegation's delegate) at `meetingId`. */
  decisionId: string;
  actionItemId: string;
  // ── Fixture fields: calendar feed and meeting pack ──
}

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as the controllers declare it. */
  route: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** Headers of a body that is not JSON (a multipart upload). */
  headers?: Record<string, string>;
  allowed: RoleName[];
  /**
   * What an allowed member gets. Usually success; for routes whose success needs a secret
   * (a current TOTP code), a 400 or 409 from the service shows the request got past the gate.
   */
  passes: number[];
  /** Changes something later cases depend on: runs on fresh records of its own. */
  fresh?: boolean;
  /** A server-sent event stream: only its status is checked, over a real connection. */
  stream?: boolean;
}

const PDF_BYTES = Buffer.from('%PDF-1.4\n%%EOF\n');

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;
/** A delegation code nobody has: seven random letters. */
const newCode = () =>
  Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** A one-file multipart upload of a tiny PDF, as a browser's FormData sends it. */
const UPLOAD_BOUNDARY = '----egcc-authorization';
const uploadBody = () =>
  Buffer.from(
    `--${UPLOAD_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="note.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${UPLOAD_BOUNDARY}--\r\n`,
  );
const UPLOAD_HEADERS = { 'content-type': `multipart/form-data; boundary=${UPLOAD_BOUNDARY}` };

const CASES: Case[] = [
  {
    method: 'GET',
    route: '/api/v1/auth/session',
    path: () => '/api/v1/auth/session',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/auth/sign-out',
    path: () => '/api/v1/auth/sign-out',
    allowed: EVERYONE,
    passes: [204],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/reference',
    path: () => '/api/v1/reference',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/delegations',
    path: () => '/api/v1/delegations',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/delegations/:code',
    path: () => '/api/v1/delegations/ee',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/delegations',
    path: () => '/api/v1/delegations',
    body: () => ({ code: newCode(), name: 'Test Institution', kind: 'INSTITUTION' }),
    allowed: ADMINS,
    passes: [201],
  },
  {
    method: 'PATCH',
    route: '/api/v1/delegations/:code',
    path: (f) => `/api/v1/delegations/${f.delegationCode}`,
    body: () => ({ nativeName: 'Renamed' }),
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/delegations/:code/status',
    path: (f) => `/api/v1/delegations/${f.delegationCode}/status`,
    body: () => ({ status: 'SUSPENDED', effectiveOn: '2026-01-15', note: 'test' }),
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/delegations/:code/ministries',
    path: (f) => `/api/v1/delegations/${f.delegationCode}/ministries`,
    body: () => ({ name: `Ministry ${unique()}` }),
    allowed: ADMINS,
    passes: [201],
  },
  {
    method: 'PATCH',
    route: '/api/v1/ministries/:id',
    path: (f) => `/api/v1/ministries/${f.ministryId}`,
    body: () => ({ abbreviation: 'MX' }),
    allowed: ADMINS,
    passes: [200],
  },
  { method: 'GET', route: '/api/v1/members', path: () => '/api/v1/members', allowed: ADMINS, passes: [200] },
  {
    method: 'GET',
    route: '/api/v1/members/:id',
    path: (f) => `/api/v1/members/${f.otherMember.id}`,
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'PATCH',
    route: '/api/v1/members/:id',
    path: (f) => `/api/v1/members/${f.otherMember.id}`,
    body: () => ({ title: 'Senior Adviser' }),
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/members/:id/deactivate',
    path: (f) => `/api/v1/members/${f.otherMember.id}/deactivate`,
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/members/:id/reactivate',
    path: (f) => `/api/v1/members/${f.deactivatedMember.id}/reactivate`,
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  { method: 'GET', route: '/api/v1/me', path: () => '/api/v1/me', allowed: EVERYONE, passes: [200] },
  {
    method: 'PATCH',
    route: '/api/v1/me',
    path: () => '/api/v1/me',
    body: () => ({ timeZone: 'Europe/Riga' }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/me/password',
    path: () => '/api/v1/me/password',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'correct horse battery staple of Tallinn' }),
    allowed: EVERYONE,
    passes: [204],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/me/sessions',
    path: () => '/api/v1/me/sessions',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'DELETE',
    route: '/api/v1/me/sessions/:id',
    path: (f) => `/api/v1/me/sessions/${f.secondSessionId}`,
    allowed: EVERYONE,
    passes: [204],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/me/two-factor/setup',
    path: () => '/api/v1/me/two-factor/setup',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/me/two-factor/enable',
    path: () => '/api/v1/me/two-factor/enable',
    body: () => ({ code: '000000' }),
    allowed: EVERYONE,
    passes: [400, 409],
  },
  {
    method: 'POST',
    route: '/api/v1/me/two-factor/disable',
    path: () => '/api/v1/me/two-factor/disable',
    body: () => ({ password: TEST_PASSWORD, code: '000000' }),
    allowed: EVERYONE,
    passes: [409],
  },
  {
    method: 'POST',
    route: '/api/v1/me/two-factor/recovery-codes',
    path: () => '/api/v1/me/two-factor/recovery-codes',
    body: () => ({ password: TEST_PASSWORD, code: '000000' }),
    allowed: EVERYONE,
    passes: [409],
  },
  {
    method: 'POST',
    route: '/api/v1/invitations',
    path: () => '/api/v1/invitations',
    body: () => ({
      email: `invitee.${unique()}@test.example`,
      name: 'New Delegate',
      roles: ['DELEGATE'],
      delegationId: null,
    }),
    allowed: ADMINS,
    // A delegate needs a delegation: the 400 comes from the service, past the gate. The
    // invitations tests cover the success.
    passes: [400],
  },
  {
    method: 'GET',
    route: '/api/v1/invitations',
    path: () => '/api/v1/invitations',
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/invitations/:id/resend',
    path: (f) => `/api/v1/invitations/${f.invitationId}/resend`,
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/invitations/:id/revoke',
    path: (f) => `/api/v1/invitations/${f.invitationId}/revoke`,
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  { method: 'GET', route: '/api/v1/outbox', path: () => '/api/v1/outbox', allowed: ADMINS, passes: [200] },
  {
    method: 'GET',
    route: '/api/v1/outbox/status',
    path: () => '/api/v1/outbox/status',
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/outbox/:id',
    path: (f) => `/api/v1/outbox/${f.outboxMessageId}`,
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/outbox/:id/retry',
    path: (f) => `/api/v1/outbox/${f.outboxMessageId}/retry`,
    allowed: ADMINS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/threads',
    path: () => '/api/v1/threads',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/threads/unread',
    path: () => '/api/v1/threads/unread',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/threads/read-all',
    path: () => '/api/v1/threads/read-all',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/threads',
    path: () => '/api/v1/threads',
    body: () => ({
      title: 'Gaps in foster care capacity',
      body: 'Our counties lack foster families.',
      focusAreas: ['ALTERNATIVE_CARE'],
    }),
    allowed: WRITERS,
    passes: [201],
  },
  {
    method: 'GET',
    route: '/api/v1/threads/:id',
    path: (f) => `/api/v1/threads/${f.threadId}`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PATCH',
    route: '/api/v1/threads/:id',
    path: (f) => `/api/v1/threads/${f.threadId}`,
    body: () => ({ title: 'A clearer title for the thread' }),
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/threads/:id/posts',
    path: (f) => `/api/v1/threads/${f.threadId}/posts`,
    body: () => ({ body: 'We see the same in Estonia.' }),
    allowed: WRITERS,
    passes: [201],
  },
  {
    method: 'PUT',
    route: '/api/v1/threads/:id/read',
    path: (f) => `/api/v1/threads/${f.threadId}/read`,
    body: () => ({ lastReadPostNumber: 1 }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PUT',
    route: '/api/v1/threads/:id/subscription',
    path: (f) => `/api/v1/threads/${f.threadId}/subscription`,
    body: () => ({ level: 'MUTED' }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/threads/:id/pin',
    path: (f) => `/api/v1/threads/${f.threadId}/pin`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/threads/:id/unpin',
    path: (f) => `/api/v1/threads/${f.pinnedThreadId}/unpin`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/threads/:id/lock',
    path: (f) => `/api/v1/threads/${f.threadId}/lock`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/threads/:id/unlock',
    path: (f) => `/api/v1/threads/${f.lockedThreadId}/unlock`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'PATCH',
    route: '/api/v1/posts/:id',
    path: (f) => `/api/v1/posts/${f.ownPostId}`,
    body: () => ({ body: 'Corrected: the same in Latvia.' }),
    allowed: WRITERS,
    passes: [200],
  },
  {
    method: 'DELETE',
    route: '/api/v1/posts/:id',
    path: (f) => `/api/v1/posts/${f.ownPostId}`,
    allowed: WRITERS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/posts/:id/revisions',
    path: (f) => `/api/v1/posts/${f.othersPostId}/revisions`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/posts/:id/hide',
    path: (f) => `/api/v1/posts/${f.othersPostId}/hide`,
    body: () => ({ reason: 'Names a child.' }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/posts/:id/unhide',
    path: (f) => `/api/v1/posts/${f.hiddenPostId}/unhide`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/tag-subscriptions',
    path: () => '/api/v1/tag-subscriptions',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/tag-subscriptions',
    path: () => '/api/v1/tag-subscriptions',
    body: () => ({ gapKind: 'EXPERTISE' }),
    allowed: EVERYONE,
    passes: [201],
  },
  {
    method: 'DELETE',
    route: '/api/v1/tag-subscriptions/:id',
    path: (f) => `/api/v1/tag-subscriptions/${f.tagSubscriptionId}`,
    allowed: EVERYONE,
    passes: [204],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/mentions/candidates',
    path: () => '/api/v1/mentions/candidates?q=a',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/notifications',
    path: () => '/api/v1/notifications',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/notifications/read',
    path: () => '/api/v1/notifications/read',
    body: () => ({ all: true }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/me/notification-preferences',
    path: () => '/api/v1/me/notification-preferences',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PUT',
    route: '/api/v1/me/notification-preferences',
    path: () => '/api/v1/me/notification-preferences',
    body: () => ({ preferences: { MENTION: 'IN_APP' } }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/events',
    path: () => '/api/v1/events',
    allowed: EVERYONE,
    passes: [200],
    stream: true,
  },
  {
    method: 'GET',
    route: '/api/v1/audit-events',
    path: () => '/api/v1/audit-events',
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/export',
    path: (f) => `/api/v1/reports/${f.exportReportId}/export?format=docx`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reporting-periods/:code/compilation',
    path: () => '/api/v1/reporting-periods/2026-H1/compilation?format=pdf',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reporting-periods',
    path: () => '/api/v1/reporting-periods',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/reporting-periods',
    path: () => '/api/v1/reporting-periods',
    body: () => ({
      code: `P${unique()}`.slice(0, 20),
      label: 'Test period',
      startsOn: '2031-01-01',
      endsOn: '2031-06-30',
    }),
    allowed: ADMINS,
    passes: [201],
  },
  {
    method: 'PATCH',
    route: '/api/v1/reporting-periods/:id',
    path: (f) => `/api/v1/reporting-periods/${f.emptyPeriodId}`,
    body: () => ({ label: 'Renamed test period' }),
    allowed: ADMINS,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports',
    path: () => '/api/v1/reports',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/reports',
    path: () => '/api/v1/reports',
    body: (f) => ({ periodId: f.emptyPeriodId }),
    allowed: FILERS,
    passes: [201],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/reports/overview',
    path: () => '/api/v1/reports/overview?period=2026-H1',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports/comparison',
    path: () => '/api/v1/reports/comparison?period=2026-H1&delegations=dk,ee',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id',
    path: (f) => `/api/v1/reports/${f.publishedReportId}`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PUT',
    route: '/api/v1/reports/:id',
    path: (f) => `/api/v1/reports/${f.ownDraftId}`,
    body: () => ({ title: 'A saved test report', version: 1 }),
    allowed: FILERS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/submit',
    path: (f) => `/api/v1/reports/${f.ownDraftId}/submit`,
    allowed: FILERS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/withdraw',
    path: (f) => `/api/v1/reports/${f.ownSubmittedId}/withdraw`,
    allowed: FILERS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/return',
    path: (f) => `/api/v1/reports/${f.reviewReportId}/return`,
    body: () => ({ comment: 'Please add the figures.' }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/publish',
    path: (f) => `/api/v1/reports/${f.reviewReportId}/publish`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/revisions',
    path: (f) => `/api/v1/reports/${f.publishedReportId}/revisions`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/revisions/:version',
    path: (f) => `/api/v1/reports/${f.publishedReportId}/revisions/1`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/reports/:id/diff',
    path: (f) => `/api/v1/reports/${f.publishedReportId}/diff?from=1&to=1`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/reports/:id/attachments',
    path: (f) => `/api/v1/reports/${f.ownDraftId}/attachments`,
    body: uploadBody,
    headers: UPLOAD_HEADERS,
    allowed: FILERS,
    passes: [201],
  },
  {
    method: 'DELETE',
    route: '/api/v1/reports/:id/attachments/:attachmentId',
    path: (f) => `/api/v1/reports/${f.ownDraftId}/attachments/${f.ownDraftAttachmentId}`,
    allowed: FILERS,
    passes: [204],
  },
  {
    method: 'POST',
    route: '/api/v1/posts/:id/attachments',
    path: (f) => `/api/v1/posts/${f.ownPostId}/attachments`,
    body: uploadBody,
    headers: UPLOAD_HEADERS,
    allowed: WRITERS,
    passes: [201],
  },
  {
    method: 'DELETE',
    route: '/api/v1/posts/:id/attachments/:attachmentId',
    path: (f) => `/api/v1/posts/${f.ownPostId}/attachments/${f.ownPostAttachmentId}`,
    allowed: WRITERS,
    passes: [204],
  },
  {
    method: 'GET',
    route: '/api/v1/attachments/:id/download',
    path: (f) => `/api/v1/attachments/${f.publishedAttachmentId}/download`,
    allowed: EVERYONE,
    passes: [200],
  },
  // Meetings and their agendas: every member reads them; the chair and the secretariat run them.
  {
    method: 'GET',
    route: '/api/v1/meetings',
    path: () => '/api/v1/meetings',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings',
    path: () => '/api/v1/meetings',
    body: () => ({
      title: 'Test meeting',
      startsAt: '2031-05-01T07:00:00.000Z',
      endsAt: '2031-05-01T15:00:00.000Z',
      timeZone: 'Europe/Riga',
      place: 'Riga',
    }),
    allowed: MODERATORS,
    passes: [201],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id',
    path: (f) => `/api/v1/meetings/${f.meetingId}`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PATCH',
    route: '/api/v1/meetings/:id',
    path: (f) => `/api/v1/meetings/${f.meetingId}`,
    body: () => ({ description: 'Changed' }),
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/cancel',
    path: (f) => `/api/v1/meetings/${f.meetingId}/cancel`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/calendar.ics',
    path: (f) => `/api/v1/meetings/${f.meetingId}/calendar.ics`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/agenda',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/agenda-items',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda-items`,
    body: () => ({ title: 'Any other business', kind: 'INFORMATION', durationMinutes: 10 }),
    allowed: MODERATORS,
    passes: [201],
  },
  {
    method: 'PUT',
    route: '/api/v1/meetings/:id/agenda-items/order',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda-items/order`,
    body: (f) => ({ itemIds: [...f.agendaItemIds].reverse() }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'PATCH',
    route: '/api/v1/meetings/:id/agenda-items/:itemId',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda-items/${f.agendaItemIds[0]}`,
    body: () => ({ durationMinutes: 20 }),
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'DELETE',
    route: '/api/v1/meetings/:id/agenda-items/:itemId',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda-items/${f.agendaItemIds[1]}`,
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/audit-events/export',
    path: () => '/api/v1/audit-events/export',
    allowed: ADMINS,
    passes: [200],
  },
  // Attendance: everyone answers for themselves (observers too); the chair and the secretariat
  // see the roster and remind.
  {
    method: 'PUT',
    route: '/api/v1/meetings/:id/attendance',
    path: (f) => `/api/v1/meetings/${f.attendanceMeetingId}/attendance`,
    body: () => ({ response: 'ONLINE' }),
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/attendance/me',
    path: (f) => `/api/v1/meetings/${f.attendanceMeetingId}/attendance/me`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/attendance',
    path: (f) => `/api/v1/meetings/${f.attendanceMeetingId}/attendance`,
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/attendance/reminders',
    path: (f) => `/api/v1/meetings/${f.attendanceMeetingId}/attendance/reminders`,
    allowed: MODERATORS,
    passes: [200],
  },
  // ── Agenda publishing and versions ──
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/agenda/publish',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda/publish`,
    body: () => ({ note: 'Test' }),
    allowed: MODERATORS,
    passes: [201],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/agenda/versions',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda/versions`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/agenda/versions/:number',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda/versions/1`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/agenda/diff',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda/diff?from=1&to=2`,
    allowed: EVERYONE,
    passes: [200],
  },
  // ── Minutes ──
  // Chairs and the secretariat write, circulate and approve; every member reads circulated
  // minutes; everyone but observers comments.
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/minutes',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PUT',
    route: '/api/v1/meetings/:id/minutes',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes`,
    body: () => ({ version: 2, entries: [{ agendaItemId: null, body: 'Revised after comments.' }] }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/minutes/circulate',
    path: (f) => `/api/v1/meetings/${f.draftMinutesMeetingId}/minutes/circulate`,
    body: () => ({ version: 1 }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/minutes/approve',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes/approve`,
    body: () => ({ version: 2 }),
    allowed: MODERATORS,
    passes: [200],
    fresh: true,
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/minutes/comments',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes/comments`,
    body: () => ({ body: 'Please add that Denmark attended online.' }),
    allowed: WRITERS,
    passes: [201],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/minutes/revisions',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes/revisions`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/minutes/revisions/:version',
    path: (f) => `/api/v1/meetings/${f.minutesMeetingId}/minutes/revisions/2`,
    allowed: EVERYONE,
    passes: [200],
  },
  // ── Decisions and action items ──
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/decisions',
    path: (f) => `/api/v1/meetings/${f.meetingId}/decisions`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/decisions',
    path: (f) => `/api/v1/meetings/${f.meetingId}/decisions`,
    body: (f) => ({ agendaItemId: f.agendaItemIds[1], text: 'The group adopts the work plan.' }),
    allowed: MODERATORS,
    passes: [201],
  },
  {
    method: 'PATCH',
    route: '/api/v1/meetings/:id/decisions/:decisionId',
    path: (f) => `/api/v1/meetings/${f.meetingId}/decisions/${f.decisionId}`,
    body: () => ({ text: 'The group adopts the work plan, as amended.' }),
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'DELETE',
    route: '/api/v1/meetings/:id/decisions/:decisionId',
    path: (f) => `/api/v1/meetings/${f.meetingId}/decisions/${f.decisionId}`,
    allowed: MODERATORS,
    passes: [204],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/action-items',
    path: (f) => `/api/v1/meetings/${f.meetingId}/action-items`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/action-items',
    path: (f) => `/api/v1/meetings/${f.meetingId}/action-items`,
    body: (f) => ({ title: 'Circulate the study', ownerUserId: f.otherMember.id, dueOn: '2031-05-01' }),
    allowed: MODERATORS,
    passes: [201],
  },
  {
    method: 'POST',
    route: '/api/v1/meetings/:id/agenda/follow-up-item',
    path: (f) => `/api/v1/meetings/${f.meetingId}/agenda/follow-up-item`,
    allowed: MODERATORS,
    passes: [201],
    fresh: true,
  },
  {
    method: 'GET',
    route: '/api/v1/action-items',
    path: () => '/api/v1/action-items?open=true',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/action-items/overview',
    path: () => '/api/v1/action-items/overview',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/action-items/:id',
    path: (f) => `/api/v1/action-items/${f.actionItemId}`,
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'PATCH',
    route: '/api/v1/action-items/:id',
    path: (f) => `/api/v1/action-items/${f.actionItemId}`,
    body: () => ({ dueOn: '2031-06-30' }),
    allowed: MODERATORS,
    passes: [200],
  },
  // Progress: the item belongs to another delegation's delegate, so only chairs and the secretariat.
  {
    method: 'POST',
    route: '/api/v1/action-items/:id/progress',
    path: (f) => `/api/v1/action-items/${f.actionItemId}/progress`,
    body: () => ({ status: 'IN_PROGRESS', note: 'Under way.' }),
    allowed: MODERATORS,
    passes: [200],
  },
  {
    method: 'DELETE',
    route: '/api/v1/action-items/:id',
    path: (f) => `/api/v1/action-items/${f.actionItemId}`,
    allowed: MODERATORS,
    passes: [204],
    fresh: true,
  },
  // ── Calendar feed and meeting pack ──
  // Every member has a personal calendar feed of their own (the feed itself is public, by its token).
  {
    method: 'GET',
    route: '/api/v1/me/calendar-feed',
    path: () => '/api/v1/me/calendar-feed',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'POST',
    route: '/api/v1/me/calendar-feed',
    path: () => '/api/v1/me/calendar-feed',
    allowed: EVERYONE,
    passes: [201],
  },
  {
    method: 'DELETE',
    route: '/api/v1/me/calendar-feed',
    path: () => '/api/v1/me/calendar-feed',
    allowed: EVERYONE,
    passes: [204],
  },
  {
    method: 'GET',
    route: '/api/v1/meetings/:id/pack.pdf',
    path: (f) => `/api/v1/meetings/${f.meetingId}/pack.pdf`,
    allowed: EVERYONE,
    passes: [200],
  },
  // Search: every member; what it finds follows each kind's read rules (tested in search.int-spec.ts).
  {
    method: 'GET',
    route: '/api/v1/search',
    path: () => '/api/v1/search?q=test',
    allowed: EVERYONE,
    passes: [200],
  },
  {
    method: 'GET',
    route: '/api/v1/search/suggestions',
    path: () => '/api/v1/search/suggestions?q=te',
    allowed: EVERYONE,
    passes: [200],
  },
];

describe('authorization: every closed route, for every role', () => {
  let t: TestApp;

  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
  });
  afterAll(() => t.close());

  /** The status of a streaming response, read over a real connection that is then closed. */
  async function streamStatus(path: string, cookie: string | undefined): Promise<number> {
    const abort = new AbortController();
    const response = await fetch(`${baseUrl.replace('[::1]', '127.0.0.1')}${path}`, {
      headers: { host: 'portal.test', ...(cookie ? { cookie } : {}) },
      signal: abort.signal,
    });
    abort.abort();
    return response.status;
  }

  async function fixture(role: RoleName): Promise<Fixture> {
    const spec = ROLES[role];
    const member = await createMember(t.prisma, { roles: spec.roles, delegation: spec.delegation });
    const otherMember = await createMember(t.prisma, { roles: ['DELEGATE'], delegation: 'ee' });
    const deactivatedMember = await createMember(t.prisma, {
      roles: ['DELEGATE'],
      delegation: 'lv',
      status: 'DEACTIVATED',
    });
    const second = await browser(t.app).signIn(member.email);
    const secondSessionId = (await t.prisma.session.findFirstOrThrow({ where: { userId: member.id } })).id;
    const client = await browser(t.app).signIn(member.email);
    const delegationCode = newCode();
    const delegation = await t.prisma.delegation.create({
      data: {
        code: delegationCode,
        name: 'Test Delegation',
        kind: 'INSTITUTION',
        ministries: { create: { name: 'Test Ministry' } },
      },
      include: { ministries: true },
    });
    const invitee = await createMember(t.prisma, {
      roles: ['DELEGATE'],
      delegation: 'se',
      status: 'INVITED',
      password: null,
    });
    const invitation = await t.prisma.invitation.create({
      data: {
        userId: invitee.id,
        email: invitee.email,
        roles: ['DELEGATE'],
        tokenHash: `hash-${unique()}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    void second;
    const message = await t.prisma.outboxMessage.create({
      data: {
        toAddress: invitee.email,
        template: 'test',
        subject: 'Test',
        textBody: 'Test',
        status: 'FAILED',
        attempts: 12,
      },
    });
    const author = await createMember(t.prisma, { roles: ['DELEGATE'], delegation: 'no' });
    const makeThread = async (extra: { pinnedAt?: Date; lockedAt?: Date } = {}) =>
      t.prisma.thread.create({
        data: {
          title: `Thread ${unique()}`,
          authorId: author.id,
          lastPostNumber: 3,
          lastPosterId: member.id,
          ...extra,
          posts: {
            create: [
              { number: 1, authorId: author.id, body: 'Opening', bodyHtml: '<p>Opening</p>' },
              { number: 2, authorId: member.id, body: 'Mine', bodyHtml: '<p>Mine</p>' },
              {
                number: 3,
                authorId: author.id,
                body: 'Hidden',
                bodyHtml: '<p>Hidden</p>',
                hiddenAt: new Date(),
                hiddenReason: 'test',
              },
            ],
          },
        },
        include: { posts: true },
      });
    const thread = await makeThread();
    const pinned = await makeThread({ pinnedAt: new Date() });
    const locked = await makeThread({ lockedAt: new Date() });
    const tag = await t.prisma.tagSubscription.create({
      data: { userId: member.id, focusAreaCode: 'CHILD_RIGHTS' },
    });
    const postNumbered = (n: number) => thread.posts.find((p) => p.number === n)!.id;
    const exportReport = await t.prisma.nationalReport.create({
      data: {
        delegationId: delegation.id,
        periodId: (await t.prisma.reportingPeriod.findUniqueOrThrow({ where: { code: '2026-H1' } })).id,
        title: 'Test Delegation: national report, 2026 H1',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        summary: 'Published for the export.',
      },
    });
    const testPeriod = () =>
      t.prisma.reportingPeriod.create({
        data: {
          code: `T${unique()}`.toUpperCase().slice(0, 20),
          label: 'Test period',
          startsOn: new Date('2030-01-01T00:00:00Z'),
          endsOn: new Date('2030-06-30T00:00:00Z'),
        },
      });
    const ownDelegationId = spec.delegation
      ? (await t.prisma.delegation.findUniqueOrThrow({ where: { code: spec.delegation } })).id
      : delegation.id;
    const makeReport = async (status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED', delegationId: string) => {
      const title = `Test report ${unique()}`;
      return t.prisma.nationalReport.create({
        data: {
          delegationId,
          periodId: (await testPeriod()).id,
          title,
          status,
          ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
          revisions: {
            create: {
              version: 1,
              event: 'CREATED',
              status,
              snapshot: { title, summary: '', measures: [], goodPractices: '', gaps: [], nextSteps: '' },
            },
          },
        },
      });
    };
    const emptyPeriod = await testPeriod();
    const ownDraft = await makeReport('DRAFT', ownDelegationId);
    const ownSubmitted = await makeReport('SUBMITTED', ownDelegationId);
    const reviewReport = await makeReport('SUBMITTED', delegation.id);
    const publishedReport = await makeReport('PUBLISHED', delegation.id);
    const makeAttachment = async (parent: { reportId: string } | { postId: string }) => {
      const storageKey = randomUUID();
      const stored = await t.app.get<FileStorage>(FILE_STORAGE).put(storageKey, Readable.from([PDF_BYTES]));
      return t.prisma.attachment.create({
        data: { fileName: 'note.pdf', contentType: 'application/pdf', storageKey, ...stored, ...parent },
      });
    };
    const ownDraftAttachment = await makeAttachment({ reportId: ownDraft.id });
    const ownPostAttachment = await makeAttachment({ postId: postNumbered(2) });
    const publishedAttachment = await makeAttachment({ reportId: publishedReport.id });
    const attendanceMeeting = await t.prisma.meeting.create({
      data: {
        title: `Meeting ${unique()}`,
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 8 * 3_600_000),
        timeZone: 'Europe/Tallinn',
        place: 'Tallinn',
      },
    });
    const meeting = await t.prisma.meeting.create({
      data: {
        title: `Meeting ${unique()}`,
        startsAt: new Date('2031-03-10T08:00:00Z'),
        endsAt: new Date('2031-03-10T16:00:00Z'),
        timeZone: 'Europe/Vilnius',
        place: 'Vilnius',
        agendaItems: {
          create: [
            { position: 1, title: 'Opening', kind: 'INFORMATION', durationMinutes: 15 },
            { position: 2, title: 'Reports', kind: 'DISCUSSION', durationMinutes: 60 },
          ],
        },
      },
      include: { agendaItems: { orderBy: { position: 'asc' } } },
    });
    // ── Fixture records: agenda publishing ──
    // Two published versions of the meeting's agenda (the second without its last item).
    const snapshotOf = (items: typeof meeting.agendaItems) => ({
      meeting: {
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        endsAt: meeting.endsAt.toISOString(),
        timeZone: meeting.timeZone,
        place: meeting.place,
        onlineUrl: null,
      },
      items: items.map((i) => ({
        id: i.id,
        title: i.title,
        description: '',
        kind: i.kind,
        durationMinutes: i.durationMinutes,
        presenter: null,
        reports: [],
        threads: [],
        isActionItemFollowUp: false,
      })),
    });
    await t.prisma.agendaVersion.createMany({
      data: [
        { meetingId: meeting.id, number: 1, snapshot: snapshotOf(meeting.agendaItems) },
        { meetingId: meeting.id, number: 2, snapshot: snapshotOf(meeting.agendaItems.slice(0, 1)) },
      ],
    });
    // ── Fixture records: minutes ──
    const heldMeeting = (daysAgo: number) => {
      const startsAt = new Date(Date.now() - daysAgo * 86_400_000);
      return t.prisma.meeting.create({
        data: {
          title: `Meeting ${unique()}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
          timeZone: 'Europe/Riga',
          place: 'Riga',
          status: 'HELD',
        },
      });
    };
    const snapshot = {
      entries: [{ agendaItemId: null, agendaItemTitle: null, position: null, body: 'Present' }],
    };
    const minutesMeeting = await heldMeeting(60);
    await t.prisma.minutes.create({
      data: {
        meetingId: minutesMeeting.id,
        status: 'CIRCULATED',
        version: 2,
        circulatedAt: new Date(),
        entries: { create: { agendaItemId: null, body: 'Present' } },
        revisions: {
          create: [
            { version: 1, status: 'DRAFT', snapshot },
            { version: 2, status: 'CIRCULATED', snapshot },
          ],
        },
      },
    });
    const draftMinutesMeeting = await heldMeeting(50);
    await t.prisma.minutes.create({
      data: {
        meetingId: draftMinutesMeeting.id,
        entries: { create: { agendaItemId: null, body: 'Present' } },
        revisions: { create: { version: 1, status: 'DRAFT', snapshot } },
      },
    });
    // The next meeting has started: the circulated minutes may be approved at it.
    await heldMeeting(1);
    // ── Fixture records: decisions and action items ──
    const decision = await t.prisma.decision.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: meeting.agendaItems[1]!.id,
        text: 'The group adopts the work plan.',
      },
    });
    const actionItem = await t.prisma.actionItem.create({
      data: {
        meetingId: meeting.id,
        decisionId: decision.id,
        title: 'Circulate the work plan',
        ownerUserId: otherMember.id,
        dueOn: new Date('2031-04-01T00:00:00Z'),
      },
    });
    // ── Fixture records: calendar feed and meeting pack ──
    return {
      // ── Fixture values: agenda publishing ──
      // ── Fixture values: minutes ──
      minutesMeetingId: minutesMeeting.id,
      draftMinutesMeetingId: draftMinutesMeeting.id,
      // ── Fixture values: decisions and action items ──
      decisionId: decision.id,
      actionItemId: actionItem.id,
      // ── Fixture values: calendar feed and meeting pack ──
      ownDraftAttachmentId: ownDraftAttachment.id,
      ownPostAttachmentId: ownPostAttachment.id,
      publishedAttachmentId: publishedAttachment.id,
      meetingId: meeting.id,
      agendaItemIds: [meeting.agendaItems[0]!.id, meeting.agendaItems[1]!.id],
      attendanceMeetingId: attendanceMeeting.id,
      emptyPeriodId: emptyPeriod.id,
      ownDraftId: ownDraft.id,
      ownSubmittedId: ownSubmitted.id,
      reviewReportId: reviewReport.id,
      publishedReportId: publishedReport.id,
      threadId: thread.id,
      othersPostId: postNumbered(1),
      ownPostId: postNumbered(2),
      hiddenPostId: postNumbered(3),
      pinnedThreadId: pinned.id,
      lockedThreadId: locked.id,
      tagSubscriptionId: tag.id,
      exportReportId: exportReport.id,
      outboxMessageId: message.id,
      client,
      memberId: member.id,
      otherMember,
      deactivatedMember,
      secondSessionId,
      delegationCode,
      ministryId: delegation.ministries[0]?.id ?? '',
      invitationId: invitation.id,
    };
  }

  it('covers every closed route the app has', () => {
    const declared = describeRoutes(t.app, ROUTE_LAYOUT)
      .filter((route) => !route.isPublic)
      .map((route) => `${route.method.toUpperCase()} ${route.path}`)
      .sort();
    expect(declared).toEqual(CASES.map((c) => `${c.method} ${c.route}`).sort());
  });

  it('answers 401 to a visitor who is not signed in, on every closed route', async () => {
    await t.resetData();
    const f = await fixture('delegate');
    const visitor = browser(t.app);
    for (const c of CASES) {
      const response = c.stream
        ? { statusCode: await streamStatus(c.path(f), undefined) }
        : await visitor.request(
            c.method,
            c.path(f),
            c.method === 'GET' ? undefined : (c.body?.(f) ?? {}),
            c.headers,
          );
      expect(`${c.method} ${c.route}: ${response.statusCode}`).toBe(`${c.method} ${c.route}: 401`);
    }
  });

  for (const role of EVERYONE) {
    it(`lets a ${role} do exactly what the policy allows`, async () => {
      await t.resetData();
      let shared: Fixture | undefined;
      for (const c of CASES) {
        const f = c.fresh || !shared ? await fixture(role) : shared;
        if (!c.fresh) shared = f;
        const response = c.stream
          ? { statusCode: await streamStatus(c.path(f), f.client.cookie), body: '' }
          : await f.client.request(
              c.method,
              c.path(f),
              c.method === 'GET' ? undefined : (c.body?.(f) ?? {}),
              c.headers,
            );
        const expected = c.allowed.includes(role) ? c.passes : [403];
        const outcome = expected.includes(response.statusCode)
          ? 'as the policy says'
          : `${response.statusCode} (expected ${expected.join(' or ')}): ${response.body.slice(0, 300)}`;
        expect(`${c.method} ${c.route} → ${outcome}`).toBe(`${c.method} ${c.route} → as the policy says`);
      }
    }, 120_000);
  }
});
