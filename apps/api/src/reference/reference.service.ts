import { Injectable } from '@nestjs/common';
import type { ReferenceData } from '@egcc/contracts';
import { PrismaService } from '../database/prisma.service';

@Injectable()
export class ReferenceService {
  constructor(private readonly prisma: PrismaService) {}

  async get(): Promise<ReferenceData> {
    const [focusAreas, measureKinds, gapKinds, uncrcArticles] = await Promise.all([
      this.prisma.focusArea.findMany({
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        select: { code: true, name: true, description: true, position: true },
      }),
      this.prisma.measureKind.findMany({
        orderBy: { position: 'asc' },
        select: { code: true, name: true, description: true },
      }),
      this.prisma.gapKind.findMany({
        orderBy: { position: 'asc' },
        select: { code: true, name: true, description: true },
      }),
      this.prisma.uncrcArticle.findMany({ orderBy: { number: 'asc' } }),
    ]);
    return { focusAreas, measureKinds, gapKinds, uncrcArticles };
  }
}
