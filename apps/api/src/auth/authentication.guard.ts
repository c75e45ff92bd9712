import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException } from '../common/domain.exception';
import { IS_PUBLIC } from '../common/public.decorator';

/**
 * Runs on every route (registered globally): a route is closed unless marked @Public().
 * Until sign-in exists, closed routes answer 401 to everyone.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    throw DomainException.unauthenticated();
  }
}
