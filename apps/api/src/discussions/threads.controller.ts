import { Controller, Get, HttpCode, Patch, Post, Put, Req, Res } from '@nestjs/common';
import {
  CreatePostRequest,
  CreateThreadRequest,
  IdParams,
  PostView,
  ReadStateRequest,
  SubscriptionRequest,
  ThreadDetail,
  ThreadListQuery,
  ThreadPage,
  ThreadPostsQuery,
  ThreadWithPosts,
  UnreadSummary,
  UpdateThreadRequest,
} from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { idempotencyKeyFrom } from './idempotency';
import { PostsService } from './posts.service';
import { ThreadsService } from './threads.service';

type Id = { id: string };

@Controller('threads')
export class ThreadsController {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
  ) {}

  @Get()
  @Policy('read', 'Thread')
  @Endpoint({
    summary: 'Threads by last activity, with filters, unread counts and cursor paging',
    response: ThreadPage,
  })
  list(@CurrentMember() member: AuthenticatedMember, @ValidQuery(ThreadListQuery) query: ThreadListQuery) {
    return this.threads.list(member, query);
  }

  @Get('unread')
  @Policy('read', 'Thread')
  @Endpoint({
    summary: 'Followed threads with unread posts, and unread notifications',
    response: UnreadSummary,
  })
  unread(@CurrentMember() member: AuthenticatedMember) {
    return this.threads.unread(member);
  }

  @Post('read-all')
  @HttpCode(200)
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'Mark every thread as read', response: UnreadSummary })
  readAll(@CurrentMember() member: AuthenticatedMember) {
    return this.threads.markAllRead(member);
  }

  @Post()
  @Policy('create', 'Thread')
  @Endpoint({
    summary: 'Open a thread with its first post (Idempotency-Key: a retry creates nothing twice)',
    response: ThreadDetail,
    status: 201,
  })
  async create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(CreateThreadRequest) body: CreateThreadRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ThreadDetail> {
    const result = await this.threads.create(
      member,
      body,
      idempotencyKeyFrom(request.headers['idempotency-key']),
    );
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(result.status);
    return result.thread;
  }

  @Get(':id')
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'A thread and a page of its posts, from a post number on', response: ThreadWithPosts })
  page(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidQuery(ThreadPostsQuery) query: ThreadPostsQuery,
  ) {
    return this.threads.page(member, params.id, query.from, query.limit);
  }

  @Patch(':id')
  @Policy('update', 'Thread')
  @Endpoint({
    summary: 'Change the title (author) or move the tags (chair, secretariat)',
    response: ThreadDetail,
  })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(UpdateThreadRequest) body: UpdateThreadRequest,
  ) {
    return this.threads.update(member, params.id, body);
  }

  @Post(':id/posts')
  @Policy('create', 'Post')
  @Endpoint({
    summary: 'Reply (Idempotency-Key: a retry creates nothing twice); 409 when the thread is locked',
    response: PostView,
    status: 201,
  })
  async reply(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(CreatePostRequest) body: CreatePostRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PostView> {
    const result = await this.posts.reply(
      member,
      params.id,
      body,
      idempotencyKeyFrom(request.headers['idempotency-key']),
    );
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(result.status);
    return result.body;
  }

  @Put(':id/read')
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'Record how far the member has read', response: ThreadDetail })
  read(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(ReadStateRequest) body: ReadStateRequest,
  ) {
    return this.threads.markRead(member, params.id, body.lastReadPostNumber);
  }

  @Put(':id/subscription')
  @Policy('read', 'Thread')
  @Endpoint({ summary: 'Follow, mute or unfollow a thread', response: ThreadDetail })
  subscribe(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: Id,
    @ValidBody(SubscriptionRequest) body: SubscriptionRequest,
  ) {
    return this.threads.subscribe(member, params.id, body.level);
  }

  @Post(':id/pin')
  @HttpCode(200)
  @Policy('moderate', 'Thread')
  @Endpoint({ summary: 'Pin a thread to the top of the list', response: ThreadDetail })
  pin(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.threads.setFlag(member, params.id, 'pinned', true);
  }

  @Post(':id/unpin')
  @HttpCode(200)
  @Policy('moderate', 'Thread')
  @Endpoint({ summary: 'Unpin a thread', response: ThreadDetail })
  unpin(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.threads.setFlag(member, params.id, 'pinned', false);
  }

  @Post(':id/lock')
  @HttpCode(200)
  @Policy('moderate', 'Thread')
  @Endpoint({ summary: 'Lock a thread: no more replies', response: ThreadDetail })
  lock(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.threads.setFlag(member, params.id, 'locked', true);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Policy('moderate', 'Thread')
  @Endpoint({ summary: 'Unlock a thread', response: ThreadDetail })
  unlock(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: Id) {
    return this.threads.setFlag(member, params.id, 'locked', false);
  }
}
