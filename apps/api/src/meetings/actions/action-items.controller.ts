import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import {
  ActionItemDetail,
  ActionItemListQuery,
  ActionItemOverview,
  ActionItemPage,
  ActionItemProgressRequest,
  ActionItemSummary,
  Agenda,
  CreateActionItemRequest,
  IdParams,
  UpdateActionItemRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../../common/endpoint';
import { ActionItemsService } from './action-items.service';

type IdParam = { id: string };

/** A meeting's action items: every member reads them; the chair and the secretariat record them. */
@Controller('meetings/:id')
export class MeetingActionItemsController {
  constructor(private readonly actionItems: ActionItemsService) {}

  @Get('action-items')
  @Policy('read', 'ActionItem')
  @Endpoint({
    summary: 'The action items recorded at the meeting, in agenda order',
    response: z.array(ActionItemSummary),
  })
  list(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.actionItems.forMeeting(member, params.id);
  }

  @Post('action-items')
  @Policy('create', 'ActionItem')
  @Endpoint({
    summary:
      'Record an action item (owner: an active member or a delegation; a due date); later draft agendas get the follow-up item',
    response: ActionItemDetail,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CreateActionItemRequest) body: CreateActionItemRequest,
  ) {
    return this.actionItems.create(member, params.id, body);
  }

  @Post('agenda/follow-up-item')
  @Policy('create', 'AgendaItem')
  @Endpoint({
    summary:
      'Open the agenda with the “Follow-up of action items” item, which lists the open items of earlier meetings; 409 when it is there already',
    response: Agenda,
    status: 201,
  })
  addFollowUp(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.actionItems.addFollowUpItem(member, params.id);
  }
}

/** Action items across meetings: the list, the overview by delegation, progress. */
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly actionItems: ActionItemsService) {}

  @Get()
  @Policy('read', 'ActionItem')
  @Endpoint({
    summary:
      'Action items of every meeting, soonest due first; filters: status, open, overdue, delegation (code), mine, meetingId',
    response: ActionItemPage,
  })
  list(
    @CurrentMember() member: AuthenticatedMember,
    @ValidQuery(ActionItemListQuery) query: ActionItemListQuery,
  ) {
    return this.actionItems.list(member, query);
  }

  @Get('overview')
  @Policy('read', 'ActionItem')
  @Endpoint({
    summary: 'Open, in-progress and overdue action items by owning delegation, with totals',
    response: ActionItemOverview,
  })
  overview() {
    return this.actionItems.overview();
  }

  @Get(':id')
  @Policy('read', 'ActionItem')
  @Endpoint({ summary: 'One action item with its history of progress', response: ActionItemDetail })
  detail(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.actionItems.detail(member, params.id);
  }

  @Patch(':id')
  @Policy('update', 'ActionItem')
  @Endpoint({
    summary:
      'Change an action item’s title, description, owner or due date (chair, secretariat); a new due date re-arms the reminder',
    response: ActionItemDetail,
  })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(UpdateActionItemRequest) body: UpdateActionItemRequest,
  ) {
    return this.actionItems.update(member, params.id, body);
  }

  @Post(':id/progress')
  @Policy('updateStatus', 'ActionItem')
  @Endpoint({
    summary:
      'Report progress: a new status and/or a note, kept in the item’s history (the owner, a delegate of the owning delegation, the chair)',
    response: ActionItemDetail,
    status: 200,
  })
  progress(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(ActionItemProgressRequest) body: ActionItemProgressRequest,
  ) {
    return this.actionItems.progress(member, params.id, body);
  }

  @Delete(':id')
  @Policy('delete', 'ActionItem')
  @Endpoint({
    summary: 'Delete an action item recorded by mistake (drop it instead to keep the record)',
    status: 204,
  })
  async remove(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
  ): Promise<void> {
    await this.actionItems.remove(member, params.id);
  }
}
