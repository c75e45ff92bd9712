import { TotpSetupResponse } from '@egcc/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const setupTwoFactor = () =>
  apiRequest('/v1/me/two-factor/setup', { method: 'POST', schema: TotpSetupResponse });

/** A new secret and its QR code; nothing changes until a code from the app confirms it. */
export const useSetupTwoFactor = () => useMutation({ mutationFn: setupTwoFactor });
