// Types of the server's entry for TypeScript callers (the app's tests start one in process).
export interface StartedServer {
  port: number;
  stop(): Promise<void>;
}
export function startServer(options?: {
  host?: string;
  port?: number;
  dataDir?: string;
  redisUrl?: string;
  databaseUrl?: string;
  quiet?: boolean;
  limits?: Partial<Record<string, number>>;
  allowedOrigins?: string[];
}): Promise<StartedServer>;
