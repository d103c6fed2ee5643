/**
 * The page's side of the worker: one request, one promise. The worker is started on the first
 * request, so the page loads none of the library until a file is given; a worker that dies (a
 * file that exhausts it) fails the requests in flight and is started afresh for the next one.
 */
import type { Answers, Reply, Request } from './protocol.js';

type Pending = { resolve: (answer: unknown) => void; reject: (error: Error) => void };

export class CheckerClient {
  #worker: Worker | undefined;
  #next = 0;
  readonly #pending = new Map<number, Pending>();

  #start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'zfxxgk-checker' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(event.message || 'the checker stopped'));
    };
    return worker;
  }

  #fail(error: Error): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  ask<K extends Request['kind']>(request: Extract<Request, { kind: K }>): Promise<Answers[K]> {
    this.#worker ??= this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      this.#worker?.postMessage({ id, request });
    });
  }

  dispose(): void {
    this.#fail(new Error('closed'));
  }
}
