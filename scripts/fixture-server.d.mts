export function fixturePath(client: string, file: string): string;
export interface FixtureServer {
  port: number;
  requests: { host: string; path: string; method: string }[];
  route(key: string, value: { file: string } | { html: string }): void;
  close(): Promise<void>;
}
export function startFixtureServer(
  routes?: Record<string, { file: string } | { html: string }>,
): Promise<FixtureServer>;
