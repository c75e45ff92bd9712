import { Injectable } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { DatabaseConnection } from './database-connection';

/** The Prisma client, on the process's one pg pool (no native engine at run time). */
@Injectable()
export class PrismaService extends PrismaClient {
  constructor(connection: DatabaseConnection) {
    super({ adapter: new PrismaPg(connection.pool) });
  }
}

/** A Prisma client or an interactive transaction on it. */
export type Db = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
