import { z } from 'zod';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NewPassword,
  OptionalText,
  PageQuery,
  PersonName,
  TotpCode,
  page,
} from './common';
import { DelegationRef, MinistryRef } from './directory';
import { Role, UserStatus } from './enums';

export const MemberSummary = z
  .object({
    id: Id,
    name: z.string(),
    title: z.string().nullable(),
    email: z.string(),
    roles: z.array(Role),
    status: UserStatus,
    delegation: DelegationRef.nullable(),
    ministry: MinistryRef.nullable(),
  })
  .meta({ id: 'MemberSummary' });
export type MemberSummary = z.infer<typeof MemberSummary>;

/** What the secretariat sees of a member. */
export const MemberDetail = MemberSummary.extend({
  appointedOn: IsoDate.nullable(),
  termEndsOn: IsoDate.nullable(),
  lastSignInAt: IsoDateTime.nullable(),
  deactivatedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  twoFactorEnabled: z.boolean(),
}).meta({ id: 'MemberDetail' });
export type MemberDetail = z.infer<typeof MemberDetail>;

export const MemberListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  delegation: z.string().trim().toLowerCase().max(8).optional(),
  role: Role.optional(),
  status: UserStatus.optional(),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberPage = page(MemberDetail).meta({ id: 'MemberPage' });
export type MemberPage = z.infer<typeof MemberPage>;

export const IdParams = z.object({ id: Id });

export const UpdateMemberRequest = z
  .object({
    name: PersonName.optional(),
    title: OptionalText(200).optional(),
    roles: z.array(Role).min(1, 'give at least one role').max(4).optional(),
    delegationId: Id.nullable().optional(),
    ministryId: Id.nullable().optional(),
    appointedOn: IsoDate.nullable().optional(),
    termEndsOn: IsoDate.nullable().optional(),
  })
  .meta({ id: 'UpdateMemberRequest' });
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequest>;

export const TwoFactorState = z
  .object({
    enabled: z.boolean(),
    /** Whether the portal's setting requires this member to use it. */
    required: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: 'TwoFactorState' });
export type TwoFactorState = z.infer<typeof TwoFactorState>;

export const CurrentMember = MemberDetail.extend({
  timeZone: z.string(),
  twoFactor: TwoFactorState,
}).meta({ id: 'CurrentMember' });
export type CurrentMember = z.infer<typeof CurrentMember>;

export const UpdateProfileRequest = z
  .object({
    name: PersonName.optional(),
    title: OptionalText(200).optional(),
    timeZone: z
      .string()
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'must be a time zone such as Europe/Riga')
      .optional(),
  })
  .meta({ id: 'UpdateProfileRequest' });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

export const ChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1, 'is required').max(256), newPassword: NewPassword })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const SessionSummary = z
  .object({
    id: Id,
    current: z.boolean(),
    device: z.string(),
    ipAddress: z.string().nullable(),
    createdAt: IsoDateTime,
    lastSeenAt: IsoDateTime,
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof SessionSummary>;

export const TotpSetupResponse = z
  .object({
    /** Base32 secret, for typing into an authenticator app by hand. */
    secret: z.string(),
    otpauthUrl: z.string(),
    /** The otpauth URL as a QR code: a PNG data URL, for an <img>. */
    qrCode: z.string(),
  })
  .meta({ id: 'TotpSetupResponse' });
export type TotpSetupResponse = z.infer<typeof TotpSetupResponse>;

export const TotpEnableRequest = z.object({ code: TotpCode }).meta({ id: 'TotpEnableRequest' });
export type TotpEnableRequest = z.infer<typeof TotpEnableRequest>;

export const RecoveryCodesResponse = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodesResponse' });
export type RecoveryCodesResponse = z.infer<typeof RecoveryCodesResponse>;

/** Turning two-factor sign-in off, or making new recovery codes, needs the password and a code. */
export const TotpConfirmRequest = z
  .object({ password: z.string().min(1, 'is required').max(256), code: TotpCode })
  .meta({ id: 'TotpConfirmRequest' });
export type TotpConfirmRequest = z.infer<typeof TotpConfirmRequest>;
