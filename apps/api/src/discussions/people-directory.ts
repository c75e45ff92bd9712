import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DatabaseConnection } from '../database/database-connection';
import { LiveHub } from '../live/live-hub';
import { PeopleCache } from './people-cache';

/**
 * This process's people cache, kept true by the changes the database announces: a member's
 * name, handle or delegation, or a delegation's name. Every process hears of every change
 * (LISTEN/NOTIFY, or the embedded database's events read every 250 ms), so a renamed member is
 * shown under the new name everywhere within moments.
 */
@Injectable()
export class PeopleDirectory extends PeopleCache implements OnModuleDestroy {
  private readonly unsubscribe: (() => void)[];

  constructor(connection: DatabaseConnection, hub: LiveHub) {
    super(connection.pool);
    this.unsubscribe = [
      hub.onSystemEvent((event) => {
        if (event.type === 'member.changed') this.forget(event.userId);
        else if (event.type === 'delegation.changed') this.clear();
      }),
      hub.onResync(() => this.clear()),
    ];
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
  }
}
