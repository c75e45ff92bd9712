import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { HidePostRequest, IdParams, PostRevision, PostView, UpdatePostRequest } from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { PostsService } from './posts.service';

type Id = { id: string };

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Patch(':id')
  @Policy('update', 'Post')
  @Endpoint({ summary: 'Edit one’s post; the earlier version is kept', response: PostView })
  edit(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(UpdatePostRequest) body: UpdatePostRequest,
  ) {
    return this.posts.edit(member, params.id, body.body);
  }

  @Delete(':id')
  @Policy('delete', 'Post')
  @Endpoint({
    summary: 'Remove one’s post: a placeholder stays, the text is kept for the record',
    response: PostView,
  })
  remove(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.posts.remove(member, params.id);
  }

  @Get(':id/revisions')
  @Policy('read', 'Post')
  @Endpoint({ summary: 'Earlier versions of a post, oldest first', response: z.array(PostRevision) })
  revisions(@ValidParams(IdParams) params: Id) {
    return this.posts.revisions(params.id);
  }

  @Post(':id/hide')
  @HttpCode(200)
  @Policy('moderate', 'Post')
  @Endpoint({ summary: 'Hide a post with a reason (the author is told)', response: PostView })
  hide(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(HidePostRequest) body: HidePostRequest,
  ) {
    return this.posts.hide(member, params.id, body.reason);
  }

  @Post(':id/unhide')
  @HttpCode(200)
  @Policy('moderate', 'Post')
  @Endpoint({ summary: 'Show a hidden post again', response: PostView })
  unhide(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.posts.unhide(member, params.id);
  }
}
