import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { FollowingController } from './following.controller';
import { FollowingService } from './following.service';
import { PeopleDirectory } from './people-directory';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';
import { ThreadsController } from './threads.controller';
import { ThreadsService } from './threads.service';

@Module({
  imports: [NotificationsModule],
  controllers: [ThreadsController, PostsController, FollowingController],
  providers: [ThreadsService, PostsService, FollowingService, PeopleDirectory],
})
export class DiscussionsModule {}
