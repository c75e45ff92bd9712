import type { PersonRef } from '@egcc/contracts';
import type { Pool } from 'pg';

interface PersonRow {
  id: string;
  name: string;
  handle: string;
  code: string | null;
  delegation: string | null;
}

const MAX_PEOPLE = 50_000;

/**
 * Who is who, by user id, kept in memory: the thread list and thread pages name an author and
 * a last poster per row, and a portal has a few hundred members, so the database returns ids
 * and this fills in names. A miss is read from the database (one statement for all the ids
 * missing); `forget` and `clear` drop what has changed, which the database announces (see
 * PeopleDirectory). A read that began before a change is not kept.
 */
export class PeopleCache {
  private readonly people = new Map<string, PersonRef>();
  private generation = 0;

  constructor(private readonly pool: Pool) {}

  /** The people with these ids; unknown ids are left out. */
  async get(ids: Iterable<string | null>): Promise<Map<string, PersonRef>> {
    const found = new Map<string, PersonRef>();
    const missing = new Set<string>();
    for (const id of ids) {
      if (!id || found.has(id)) continue;
      const person = this.people.get(id);
      if (person) found.set(id, person);
      else missing.add(id);
    }
    if (missing.size === 0) return found;
    const generation = this.generation;
    const { rows } = await this.pool.query<PersonRow>({
      name: 'egcc_people_by_id',
      text: `SELECT u.id, u.name, u.handle, d.code, d.name AS delegation
               FROM "user" u LEFT JOIN delegation d ON d.id = u.delegation_id
              WHERE u.id = ANY($1::uuid[])`,
      values: [[...missing]],
    });
    const keep = generation === this.generation;
    if (keep && this.people.size + rows.length > MAX_PEOPLE) this.people.clear();
    for (const row of rows) {
      const person: PersonRef = {
        id: row.id,
        name: row.name,
        handle: row.handle,
        delegation: row.code && row.delegation ? { code: row.code, name: row.delegation } : null,
      };
      found.set(row.id, person);
      if (keep) this.people.set(row.id, person);
    }
    return found;
  }

  forget(userId: string): void {
    this.generation++;
    this.people.delete(userId);
  }

  clear(): void {
    this.generation++;
    this.people.clear();
  }
}
