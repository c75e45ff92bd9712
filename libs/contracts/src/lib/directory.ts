import { z } from 'zod';
import { Id, IsoDate, OptionalText } from './common';
import { DelegationKind, MembershipStatus, Role } from './enums';

export const DelegationRef = z
  .object({ id: Id, code: z.string(), name: z.string(), membershipStatus: MembershipStatus })
  .meta({ id: 'DelegationRef' });
export type DelegationRef = z.infer<typeof DelegationRef>;

export const MinistryRef = z.object({ id: Id, name: z.string() }).meta({ id: 'MinistryRef' });
export type MinistryRef = z.infer<typeof MinistryRef>;

export const Ministry = z
  .object({
    id: Id,
    delegationId: Id,
    name: z.string(),
    nativeName: z.string().nullable(),
    abbreviation: z.string().nullable(),
    website: z.string().nullable(),
    archived: z.boolean(),
  })
  .meta({ id: 'Ministry' });
export type Ministry = z.infer<typeof Ministry>;

export const DelegationStatusChange = z
  .object({
    id: Id,
    status: MembershipStatus,
    effectiveOn: IsoDate,
    note: z.string().nullable(),
  })
  .meta({ id: 'DelegationStatusChange' });
export type DelegationStatusChange = z.infer<typeof DelegationStatusChange>;

export const DelegationSummary = z
  .object({
    id: Id,
    code: z.string(),
    name: z.string(),
    nativeName: z.string().nullable(),
    kind: DelegationKind,
    membershipStatus: MembershipStatus,
    statusSince: IsoDate.nullable(),
    memberCount: z.number().int(),
    ministries: z.array(Ministry),
  })
  .meta({ id: 'DelegationSummary' });
export type DelegationSummary = z.infer<typeof DelegationSummary>;

/** A member as the directory shows them to every member. */
export const DirectoryMember = z
  .object({
    id: Id,
    name: z.string(),
    title: z.string().nullable(),
    email: z.string(),
    roles: z.array(Role),
    ministry: MinistryRef.nullable(),
  })
  .meta({ id: 'DirectoryMember' });
export type DirectoryMember = z.infer<typeof DirectoryMember>;

export const DelegationDetail = DelegationSummary.extend({
  statusHistory: z.array(DelegationStatusChange),
  members: z.array(DirectoryMember),
}).meta({ id: 'DelegationDetail' });
export type DelegationDetail = z.infer<typeof DelegationDetail>;

export const DelegationCodeParams = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,8}$/, 'must be a delegation code such as "dk"'),
});

export const CreateDelegationRequest = z
  .object({
    code: DelegationCodeParams.shape.code,
    name: z.string().trim().min(1).max(200),
    nativeName: OptionalText(200).optional(),
    kind: DelegationKind,
  })
  .meta({ id: 'CreateDelegationRequest' });
export type CreateDelegationRequest = z.infer<typeof CreateDelegationRequest>;

export const UpdateDelegationRequest = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    nativeName: OptionalText(200).optional(),
    kind: DelegationKind.optional(),
  })
  .meta({ id: 'UpdateDelegationRequest' });
export type UpdateDelegationRequest = z.infer<typeof UpdateDelegationRequest>;

export const ChangeDelegationStatusRequest = z
  .object({
    status: MembershipStatus,
    effectiveOn: IsoDate,
    note: OptionalText(500).optional(),
  })
  .meta({ id: 'ChangeDelegationStatusRequest' });
export type ChangeDelegationStatusRequest = z.infer<typeof ChangeDelegationStatusRequest>;

export const MinistryInput = z.object({
  name: z.string().trim().min(1).max(300),
  nativeName: OptionalText(300).optional(),
  abbreviation: OptionalText(40).optional(),
  website: z
    .union([z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }), z.literal('')])
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
});

export const CreateMinistryRequest = MinistryInput.meta({ id: 'CreateMinistryRequest' });
export type CreateMinistryRequest = z.infer<typeof CreateMinistryRequest>;

export const UpdateMinistryRequest = MinistryInput.partial()
  .extend({ archived: z.boolean().optional() })
  .meta({ id: 'UpdateMinistryRequest' });
export type UpdateMinistryRequest = z.infer<typeof UpdateMinistryRequest>;
