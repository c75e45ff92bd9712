import { Controller, Delete, Get, Post } from '@nestjs/common';
import {
  CreateTagSubscriptionRequest,
  IdParams,
  MentionCandidate,
  MentionQuery,
  TagSubscription,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { FollowingService } from './following.service';

@Controller()
export class FollowingController {
  constructor(private readonly following: FollowingService) {}

  @Get('tag-subscriptions')
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'The tags the member follows', response: z.array(TagSubscription) })
  list(@CurrentMember() member: AuthenticatedMember) {
    return this.following.tagSubscriptions(member.id);
  }

  @Post('tag-subscriptions')
  @Policy('read', 'Thread')
  @Endpoint({
    summary: 'Follow a focus area, gap kind or delegation: new threads with it notify the member',
    response: z.array(TagSubscription),
    status: 201,
  })
  follow(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(CreateTagSubscriptionRequest) body: CreateTagSubscriptionRequest,
  ) {
    return this.following.followTag(member.id, body);
  }

  @Delete('tag-subscriptions/:id')
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'Stop following a tag', status: 204 })
  async unfollow(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
  ) {
    await this.following.unfollowTag(member.id, params.id);
  }

  @Get('mentions/candidates')
  @Policy('read', 'Member')
  @Endpoint({ summary: 'Members to complete an @mention with', response: z.array(MentionCandidate) })
  candidates(@ValidQuery(MentionQuery) query: z.infer<typeof MentionQuery>) {
    return this.following.mentionCandidates(query.q);
  }
}
