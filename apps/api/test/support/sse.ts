/** A browser's EventSource, as far as the tests need one: reads a text/event-stream. */
export interface ReceivedEvent {
  id: string | undefined;
  event: string | undefined;
  data: unknown;
}

export class EventStream {
  readonly events: ReceivedEvent[] = [];
  status = 0;
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];

  static async open(url: string, headers: Record<string, string>): Promise<EventStream> {
    const stream = new EventStream();
    const response = await fetch(url, { headers, signal: stream.abort.signal });
    stream.status = response.status;
    if (response.body) void stream.read(response.body);
    return stream;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((line) => line && !line.startsWith(':'))
              .map((line) => [
                line.slice(0, line.indexOf(':')),
                line.slice(line.indexOf(':') + 1).trimStart(),
              ]),
          );
          if (fields['data'] === undefined) continue;
          this.events.push({ id: fields['id'], event: fields['event'], data: JSON.parse(fields['data']) });
          for (const wake of this.waiters.splice(0)) wake();
        }
      }
    } catch {
      // Closed by close().
    }
  }

  /** Waits until an event matching `match` has arrived, or fails after `ms`. */
  async waitFor(match: (event: ReceivedEvent) => boolean, ms = 5_000): Promise<ReceivedEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching event within ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.abort.abort();
  }
}
