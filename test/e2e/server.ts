// A static HTTP server on 127.0.0.1 for the e2e suites: the project's own fixture site at "/", and
// real pages from the shared data folder under "/data/" when it is present (saved policies also at
// their published paths, "/data/published/<name>/…": see paths.ts). Requests under "/never/" are
// never answered: a subresource that never finishes loading, as on a saved page with the network blocked;
// "/slow/<ms>/<path>" answers with <path> that many milliseconds late (a page still loading).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publishedPolicyFile } from "./paths";

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_SITE = path.resolve(here, "../fixtures/site");

export const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".js": "text/javascript",
};

/** Requests under this path get no answer at all (the connection stays open until the server closes). */
export const NEVER_ANSWERED = "/never/";

const SLOW = /^\/slow\/(\d{1,5})(\/.*)$/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Answers with a file of the fixture site, or of the data folder under "/data/"; 404 otherwise. */
export function serveFile(
  pathname: string,
  dataDir: string | null,
  res: ServerResponse,
  headers: Record<string, string> = {},
): void {
  const published = dataDir ? publishedPolicyFile(pathname, dataDir) : null;
  const [root, rest] =
    published && dataDir
      ? [dataDir, published]
      : pathname.startsWith("/data/") && dataDir
        ? [dataDir, pathname.slice(6)]
        : [FIXTURE_SITE, pathname.slice(1)];
  const file = path.resolve(root, rest || "index.html");
  if (!file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", ...headers });
  res.end(readFileSync(file));
}

export async function startServer(dataDir: string | null): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    if (pathname.startsWith(NEVER_ANSWERED)) return;
    const slow = SLOW.exec(pathname);
    if (slow) setTimeout(() => serveFile(slow[2] ?? "/", dataDir, res), Number(slow[1]));
    else serveFile(pathname, dataDir, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The requests left unanswered keep their connections open: end them, or close() never returns.
        server.closeAllConnections();
      }),
  };
}
