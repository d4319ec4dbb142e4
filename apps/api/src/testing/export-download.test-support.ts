import type { ApiClient } from './api-harness.test-support';

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** GET as the signed-in client, keeping the body's raw bytes (a text() read would drop the BOM). */
export async function download(client: ApiClient, base: string, path: string): Promise<Download> {
  const res = await fetch(`${base}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
