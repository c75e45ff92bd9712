import { z } from 'zod';
import { Email, NewPassword, TotpCode } from './common';
import { LinkToken } from './invitations';
import { CurrentMember } from './members';

export const SignInRequest = z
  .object({ email: Email, password: z.string().min(1, 'is required').max(256) })
  .meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;

/** A CASL rule, as the policy library defines them; the SPA rebuilds the ability from these. */
export const PermissionRule = z
  .object({
    action: z.union([z.string(), z.array(z.string())]),
    subject: z.union([z.string(), z.array(z.string())]),
    conditions: z.record(z.string(), z.unknown()).optional(),
    inverted: z.boolean().optional(),
    fields: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .meta({ id: 'PermissionRule' });
export type PermissionRule = z.infer<typeof PermissionRule>;

export const CurrentSession = z
  .object({
    member: CurrentMember,
    /** Send in the X-CSRF-Token header with every request that changes something. */
    csrfToken: z.string(),
    permissions: z.array(PermissionRule),
    /**
     * True when the portal requires two-factor sign-in of this member and they have not set it
     * up yet: until they do, only their two-factor settings are open to them.
     */
    twoFactorSetupRequired: z.boolean(),
    idleExpiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CurrentSession' });
export type CurrentSession = z.infer<typeof CurrentSession>;

export const SignInResponse = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('signed_in'), session: CurrentSession }),
    z.object({
      status: z.literal('second_factor_required'),
      /** Proof of the password step; send it back with the code, within five minutes. */
      challenge: z.string(),
    }),
  ])
  .meta({ id: 'SignInResponse' });
export type SignInResponse = z.infer<typeof SignInResponse>;

export const SecondFactorRequest = z
  .object({
    challenge: z.string().min(20).max(1000),
    code: TotpCode.optional(),
    recoveryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{5}-?[A-Z0-9]{5}$/, 'must be a recovery code such as ABCDE-12345')
      .optional(),
  })
  .refine((value) => Boolean(value.code) !== Boolean(value.recoveryCode), {
    message: 'give either a code from your authenticator app or a recovery code',
    path: ['code'],
  })
  .meta({ id: 'SecondFactorRequest' });
export type SecondFactorRequest = z.infer<typeof SecondFactorRequest>;

export const PasswordResetRequest = z.object({ email: Email }).meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const PasswordResetTokenRequest = z
  .object({ token: LinkToken })
  .meta({ id: 'PasswordResetTokenRequest' });
export type PasswordResetTokenRequest = z.infer<typeof PasswordResetTokenRequest>;

/** What a reset link is for, before the new password is asked for. */
export const ResetLinkPreview = z
  .object({ email: z.string(), expiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'ResetLinkPreview' });
export type ResetLinkPreview = z.infer<typeof ResetLinkPreview>;

export const PasswordResetConfirmRequest = z
  .object({ token: LinkToken, password: NewPassword })
  .meta({ id: 'PasswordResetConfirmRequest' });
export type PasswordResetConfirmRequest = z.infer<typeof PasswordResetConfirmRequest>;

export const Accepted = z.object({ message: z.string() }).meta({ id: 'Accepted' });
export type Accepted = z.infer<typeof Accepted>;
