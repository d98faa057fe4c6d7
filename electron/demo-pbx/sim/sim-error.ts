/** A scripted operation that cannot be done (unknown call, user, queue; call in the wrong state). */
export class SimError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = 'SimError';
  }
}
