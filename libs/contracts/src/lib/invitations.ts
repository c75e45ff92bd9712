import { z } from 'zod';
import { Email, Id, IsoDateTime, NewPassword, OptionalText, PageQuery, PersonName, page } from './common';
import { DelegationRef, MinistryRef } from './directory';
import { Role } from './enums';

export const InvitationStatus = z
  .enum(['PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED'])
  .meta({ id: 'InvitationStatus' });
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const CreateInvitationRequest = z
  .object({
    email: Email,
    name: PersonName,
    title: OptionalText(200).optional(),
    roles: z.array(Role).min(1, 'give at least one role').max(4),
    delegationId: Id.nullable().optional(),
    ministryId: Id.nullable().optional(),
  })
  .meta({ id: 'CreateInvitationRequest' });
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;

export const InvitationSummary = z
  .object({
    id: Id,
    memberId: Id,
    email: z.string(),
    name: z.string(),
    roles: z.array(Role),
    delegation: DelegationRef.nullable(),
    ministry: MinistryRef.nullable(),
    status: InvitationStatus,
    invitedBy: z.object({ id: Id, name: z.string() }).nullable(),
    createdAt: IsoDateTime,
    lastSentAt: IsoDateTime,
    sendCount: z.number().int(),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'InvitationSummary' });
export type InvitationSummary = z.infer<typeof InvitationSummary>;

export const InvitationListQuery = PageQuery.extend({ status: InvitationStatus.optional() });
export type InvitationListQuery = z.infer<typeof InvitationListQuery>;

export const InvitationPage = page(InvitationSummary).meta({ id: 'InvitationPage' });
export type InvitationPage = z.infer<typeof InvitationPage>;

/** The one-time token from an invitation or reset link. */
export const LinkToken = z.string().trim().min(20).max(200);

export const InvitationTokenRequest = z.object({ token: LinkToken }).meta({ id: 'InvitationTokenRequest' });
export type InvitationTokenRequest = z.infer<typeof InvitationTokenRequest>;

/** What the invitee sees before choosing a password. */
export const InvitationPreview = z
  .object({
    email: z.string(),
    name: z.string(),
    roles: z.array(Role),
    delegation: z.object({ code: z.string(), name: z.string() }).nullable(),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'InvitationPreview' });
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationRequest = z
  .object({ token: LinkToken, password: NewPassword })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
