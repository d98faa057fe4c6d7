/** Electron's event objects as far as the app uses them: `preventDefault()` plus the event's fields. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export function fakeEvent<T extends object>(fields: T): FakeEvent & T {
  return Object.assign(new FakeEvent(), fields);
}
