/**
 * One request of this feature at a time, in the order asked: the poll loop's reads and the
 * agent's commands queue here, so two quick clicks run one after the other (the second sees what
 * the first confirmed) and the feature never has two requests out at the PBX.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #waiting = 0;

  /** Tasks queued or running. */
  get size(): number {
    return this.#waiting;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.#waiting += 1;
    const result = this.#tail.then(task, task).finally(() => {
      this.#waiting -= 1;
    });
    this.#tail = result.catch(() => {});
    return result;
  }
}
