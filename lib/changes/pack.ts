// Sentences packed small for storage: joined by line breaks, deflated (the platform's
// CompressionStream, in browsers and Node alike) and base64-encoded. A policy of 40 KB of text keeps
// about a quarter of that.
import { decodeBase64, encodeBase64 } from "../classify/base64";

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

export async function packSentences(sentences: readonly string[]): Promise<string> {
  // A sentence never holds a line break once packed (the splitter's sentences may, inside a cell).
  const text = sentences.map((s) => s.replace(/\s*\n\s*/g, " ")).join("\n");
  return encodeBase64(await through(new TextEncoder().encode(text), new CompressionStream("deflate-raw")));
}

/** The packed sentences, or null when the value is not what packSentences wrote. */
export async function unpackSentences(packed: string): Promise<string[] | null> {
  const bytes = decodeBase64(packed);
  if (!bytes) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(
      await through(bytes, new DecompressionStream("deflate-raw")),
    );
    return text ? text.split("\n") : [];
  } catch {
    return null;
  }
}
