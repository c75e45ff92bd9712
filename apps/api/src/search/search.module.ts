import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** Full-text search across the portal (PostgreSQL tsvector columns the database keeps). */
@Module({ controllers: [SearchController], providers: [SearchService] })
export class SearchModule {}
