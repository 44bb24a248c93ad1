import { AsyncLocalStorage } from 'node:async_hooks';

/** What a fold writes: a log line, a debug line, or a fold's start and end. */
export interface FoldWriter {
  line(text: string): void;
  debug(text: string): void;
  start(name: string): void;
  end(): void;
}

type Entry = { debug: boolean; text: string };

/**
 * Log folds (`::group::`) for work that runs side by side. The log has one open fold at a time, so the first fold to
 * start writes live; a fold that starts while another is open keeps its lines and writes them, folded, once it has
 * ended and the log is free. Lines from outside any fold are written at once.
 */
export class LogFolds {
  private readonly writer: FoldWriter;
  private readonly buffer = new AsyncLocalStorage<Entry[] | 'live'>();
  private liveOpen = false;
  private readonly ended: { name: string; entries: Entry[] }[] = [];

  constructor(writer: FoldWriter) {
    this.writer = writer;
  }

  line(text: string): void {
    this.write({ debug: false, text });
  }

  debug(text: string): void {
    this.write({ debug: true, text });
  }

  async fold<T>(name: string, work: () => Promise<T>): Promise<T> {
    if (!this.liveOpen) {
      this.liveOpen = true;
      this.writer.start(name);
      try {
        return await this.buffer.run('live', work);
      } finally {
        this.writer.end();
        this.liveOpen = false;
        this.flush();
      }
    }
    const entries: Entry[] = [];
    try {
      return await this.buffer.run(entries, work);
    } finally {
      this.ended.push({ name, entries });
      this.flush();
    }
  }

  private write(entry: Entry): void {
    const store = this.buffer.getStore();
    if (Array.isArray(store)) store.push(entry);
    else this.emit(entry);
  }

  private emit(entry: Entry): void {
    if (entry.debug) this.writer.debug(entry.text);
    else this.writer.line(entry.text);
  }

  /** Writes the folds that ended while the log was taken, in the order they ended. */
  private flush(): void {
    if (this.liveOpen) return;
    for (let fold = this.ended.shift(); fold; fold = this.ended.shift()) {
      this.writer.start(fold.name);
      for (const entry of fold.entries) this.emit(entry);
      this.writer.end();
    }
  }
}
