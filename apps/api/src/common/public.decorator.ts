import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'egcc:isPublic';

/**
 * Opens a route to visitors who are not signed in. Every other route is closed by the
 * global guard. Only sign-in, invitation acceptance, password reset and health checks use it.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
