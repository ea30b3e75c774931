/**
 * What the page tried to fetch outside the app. In the Chromium harness every
 * request that is not for the app origin is aborted and listed here; in
 * Electron requests cannot be intercepted, so they are only observed.
 */

export interface OutsideRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
}

export interface ServedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
}

/** A test-only page on another origin, e.g. to check that main refuses requests from it. */
export type ForeignHandler = (url: URL) => ServedResponse;

export class NetworkLog {
  /** Requests that left (Electron) or tried to leave (harness) the app origin. */
  readonly outside: OutsideRequest[] = [];
  /** Evidence the harness served (its status and the Range asked for), harness only. */
  readonly evidence: {
    readonly sha256: string | null;
    readonly range: string | null;
    readonly status: number;
  }[] = [];
  private readonly foreign = new Map<string, ForeignHandler>();

  /**
   * Serves another origin (e.g. `http://elsewhere.localhost`) from the test,
   * for the harness only. Requests to it are not counted as leaving the app.
   */
  serve(origin: string, handler: ForeignHandler): void {
    this.foreign.set(new URL(origin).origin, handler);
  }

  foreignHandler(url: URL): ForeignHandler | undefined {
    return this.foreign.get(url.origin);
  }

  record(request: OutsideRequest): void {
    this.outside.push(request);
  }

  /** The URLs of `outside`, for readable assertions. */
  get urls(): string[] {
    return this.outside.map((request) => request.url);
  }
}
