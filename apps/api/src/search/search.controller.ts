import { Controller, Get } from '@nestjs/common';
import { SearchQuery, SearchResults, SearchSuggestions, SuggestQuery } from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidQuery } from '../common/endpoint';
import { SearchService } from './search.service';

/** One search across the portal, and suggestions while typing. */
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Policy('read', 'Search')
  @Endpoint({
    summary:
      'Search reports (by section), threads and posts, meetings, published agendas, approved minutes, decisions, action items and members: words, "phrases", -excluded, OR; ranked, with highlighted snippets; only what the reader may see',
    response: SearchResults,
  })
  find(@CurrentMember() member: AuthenticatedMember, @ValidQuery(SearchQuery) query: SearchQuery) {
    return this.search.search(member, query);
  }

  @Get('suggestions')
  @Policy('read', 'Search')
  @Endpoint({
    summary: 'Titles and names matching what is typed so far (the last word as a prefix)',
    response: SearchSuggestions,
  })
  suggestions(@CurrentMember() member: AuthenticatedMember, @ValidQuery(SuggestQuery) query: SuggestQuery) {
    return this.search.suggest(member, query);
  }
}
