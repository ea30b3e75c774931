/** Console and page errors of one test; any not explicitly allowed fails the test. */
export class ConsoleErrors {
  readonly messages: string[] = [];
  private readonly allowed: RegExp[] = [];

  record(message: string): void {
    this.messages.push(message);
  }

  /** Accepts errors matching `pattern`, for a test that provokes them on purpose (e.g. a CSP violation). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.messages.filter((message) => !this.allowed.some((pattern) => pattern.test(message)));
  }
}
