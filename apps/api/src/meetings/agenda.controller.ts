import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import {
  Agenda,
  CreateAgendaItemRequest,
  Id,
  IdParams,
  ReorderAgendaRequest,
  UpdateAgendaItemRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { AgendaService } from './agenda.service';

type IdParam = { id: string };
const ItemParams = z.object({ id: Id, itemId: Id });
type ItemParams = z.infer<typeof ItemParams>;

/** The agenda builder; every change answers with the whole agenda and its time plan. */
@Controller('meetings/:id')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('agenda')
  @Policy('read', 'AgendaItem')
  @Endpoint({
    summary: 'The agenda in order, with each item’s planned start and the minutes it overruns the meeting',
    response: Agenda,
  })
  read(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.agenda.agenda(member, params.id);
  }

  @Post('agenda-items')
  @Policy('create', 'AgendaItem')
  @Endpoint({
    summary:
      'Add an item (at the end, or at `position`); only published reports and existing threads may be linked',
    response: Agenda,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CreateAgendaItemRequest) body: CreateAgendaItemRequest,
  ) {
    return this.agenda.create(member, params.id, body);
  }

  @Put('agenda-items/order')
  @Policy('update', 'AgendaItem')
  @Endpoint({
    summary:
      'Reorder the agenda: the request lists every item once (400 names what is missing, repeated or unknown)',
    response: Agenda,
  })
  reorder(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(ReorderAgendaRequest) body: ReorderAgendaRequest,
  ) {
    return this.agenda.reorder(member, params.id, body);
  }

  @Patch('agenda-items/:itemId')
  @Policy('update', 'AgendaItem')
  @Endpoint({ summary: 'Change an agenda item; links given replace the item’s links', response: Agenda })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(ItemParams) params: ItemParams,
    @ValidBody(UpdateAgendaItemRequest) body: UpdateAgendaItemRequest,
  ) {
    return this.agenda.update(member, params.id, params.itemId, body);
  }

  @Delete('agenda-items/:itemId')
  @Policy('delete', 'AgendaItem')
  @Endpoint({ summary: 'Remove an agenda item; the items after it move up', response: Agenda })
  remove(@CurrentMember() member: AuthenticatedMember, @ValidParams(ItemParams) params: ItemParams) {
    return this.agenda.remove(member, params.id, params.itemId);
  }
}
