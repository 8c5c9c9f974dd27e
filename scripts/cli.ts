// The `privacy-glance` command: the extension's pipeline from the command line (its output is a contract: README "Command line").
//   privacy-glance analyze <file.html|file.txt|folder …> [--url <original-url>] [--json]
//   privacy-glance classify   < segments.jsonl   (one {"text": "…", "heading"?: "…"} per line)
//   privacy-glance diff OLD NEW [--json]
import { createInterface } from "node:readline";
import { analyzeInput, checkUrl, formatAnalysis, listInputs, toContractJson } from "./lib/analyze-input.ts";
import { classifyLines } from "./lib/classify-lines.ts";
import { diffAnalyses, formatDiff } from "./lib/diff-input.ts";

const USAGE = `usage:
  privacy-glance analyze <file.html|file.txt|folder …> [--url <original-url>] [--json]
      summarise saved policy pages or text: cookies, sharing, opt-out contacts, tracking
      --url   the page's original address, like https://example.com/privacy (helps recognise the policy)
      --json  one JSON object per input (JSON Lines for several)
  privacy-glance classify < segments.jsonl
      one {"text": "…", "heading": "…"} per line in; OPP-115 categories and scores per line out
  privacy-glance diff <old> <new> [--url <original-url>] [--json]
      what changed between two versions of a policy (files as analyze takes them): sentences added
      and removed, and each finding's level and facts before and after`;

function parseAnalyzeArgs(args: string[]): { paths: string[]; url: string | null; json: boolean } {
  const paths: string[] = [];
  let url: string | null = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--url") url = args[++i] ?? "";
    else if (arg.startsWith("--url=")) url = arg.slice(6);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (url === "") throw new Error("--url needs the page's original address");
  if (!paths.length) throw new Error("analyze needs at least one file or folder");
  return { paths, url, json };
}

async function analyzeCommand(args: string[]): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  const { paths, json } = parsed;
  // A bad --url is reported and left out; the inputs are still analysed, and the exit code says so.
  const urlProblem = parsed.url === null ? null : checkUrl(parsed.url);
  if (urlProblem) console.error(`privacy-glance: ${urlProblem}; analysing without it`);
  const url = urlProblem ? null : parsed.url;
  const width = Math.min(process.stdout.columns || 100, 120);
  const { inputs, skipped } = listInputs(paths);
  if (skipped.length)
    console.error(
      `privacy-glance: skipped ${skipped.length === 1 ? "1 file that is" : `${skipped.length} files that are`} not .html or .txt: ${skipped.join(", ")}`,
    );
  let failed = 0;
  let shown = 0;
  for (const input of inputs) {
    if (input.error) {
      failed++;
      console.error(`privacy-glance: ${input.path}: ${input.error}`);
      continue;
    }
    const outcome = analyzeInput(input.path, url);
    if (!outcome.ok) {
      failed++;
      console.error(`privacy-glance: ${input.path}: ${outcome.error}`);
      continue;
    }
    if (json) console.log(JSON.stringify(toContractJson(input.path, outcome.analysis, outcome.thirdParties)));
    else console.log(`${shown++ ? "\n" : ""}${formatAnalysis(input.path, outcome.analysis, width)}`);
  }
  if (inputs.length > 1 || failed)
    console.error(`privacy-glance: ${inputs.length - failed} analysed, ${failed} failed`);
  return failed || urlProblem ? 1 : 0;
}

async function diffCommand(args: string[]): Promise<number> {
  const { paths, url, json } = parseAnalyzeArgs(args);
  if (paths.length !== 2) throw new Error("diff needs two files: the old version, then the new one");
  if (url !== null && checkUrl(url)) throw new Error(checkUrl(url) ?? "");
  // Both versions are read; each one that cannot be is reported, then the run stops with an error.
  const outcomes = paths.map((file) => ({ file, outcome: analyzeInput(file, url) }));
  let failed = 0;
  for (const { file, outcome } of outcomes) {
    if (outcome.ok) continue;
    failed++;
    console.error(`privacy-glance: ${file}: ${outcome.error}`);
  }
  const [before, after] = outcomes.map(({ outcome }) => outcome);
  if (failed || !before?.ok || !after?.ok) return 1;
  const diff = diffAnalyses(before.analysis, after.analysis);
  if (json) console.log(JSON.stringify(diff));
  else
    console.log(
      formatDiff(paths[0] ?? "", paths[1] ?? "", diff, Math.min(process.stdout.columns || 100, 120)),
    );
  return 0;
}

async function classifyCommand(): Promise<number> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }))
    lines.push(line);
  const { outputs, errors } = classifyLines(lines);
  for (const output of outputs) console.log(JSON.stringify(output));
  for (const error of errors) console.error(`privacy-glance classify: ${error}`);
  return errors.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (
      !command ||
      command === "--help" ||
      command === "-h" ||
      rest.includes("--help") ||
      rest.includes("-h")
    ) {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    if (command === "analyze") return await analyzeCommand(rest);
    if (command === "classify") return await classifyCommand();
    if (command === "diff") return await diffCommand(rest);
    console.error(`privacy-glance: unknown command "${command}"\n${USAGE}`);
    return 2;
  } catch (error) {
    console.error(`privacy-glance: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
