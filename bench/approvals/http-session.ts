/** An HTTP response that the benchmark reads: status, headers and the whole body. */
export interface SessionResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * A browser-like client of the API over real HTTP: it keeps cookies and sends the CSRF
 * header on state-changing requests, as the Angular apps do. Cookie paths are ignored,
 * which is harmless here because each session signs in once.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  /** Fetches the CSRF cookie, as the apps do at start-up. */
  async start(): Promise<void> {
    const response = await this.request('GET', '/api/csrf-token');
    this.csrfToken = (JSON.parse(response.body.toString('utf8')) as { token: string }).token;
  }

  get(path: string): Promise<SessionResponse> {
    return this.request('GET', path);
  }

  post(path: string, body: unknown): Promise<SessionResponse> {
    return this.request('POST', path, body);
  }

  /** Sends a request and fails on any status other than `expected`. */
  async expect(status: number, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await this.request(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} ${path} returned ${response.status}: ${response.body.toString('utf8')}`);
    }
    return response.contentType.includes('json') ? JSON.parse(response.body.toString('utf8')) : response.body;
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<SessionResponse> {
    const headers: Record<string, string> = { 'accept-language': 'vi' };
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['x-xsrf-token'] = this.csrfToken;
    }

    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }

    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    };
  }
}
