// Runs board images on a unix build of real MicroPython 1.27 (shared/tools/micropython: the
// single-precision `micropython-float`, as the ESP32 firmware computes, or the double-precision
// `micropython`), one fresh process per job, and reports what they printed. Same protocol as
// run-micropython.mjs:
//
// Input (stdin): a JSON array of jobs, each {"id": "...", "dir": "/abs/path"}, where dir is a board
// image (it holds main.py) or a folder holding one in micropython/.
// Output (stdout): one JSON object per line per job, in input order:
//   {"id", "ok", "stdout", "stderr", "exception", "millis"}
// "exception" is the traceback an exception escaping main.py printed (null when ok); the unix port
// prints it on stdout, from where it is cut.
//
// Options: --binary PATH (required), --timeout-ms N (wall time per job, default 20000).
//
// How a job runs, as a board runs main.py at boot: `micropython main.py` with the image as working
// directory, so sys.path starts with the image's folder; MICROPYPATH is ".frozen" only, so nothing
// from ~/.micropython/lib can shadow a module (asyncio is frozen into the binary). The clock is the
// real one: programs run here should not sleep (the float programs compute and print).

import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const EXCEPTION_MARKER = "Traceback (most recent call last):";

const options = parseOptions(process.argv.slice(2));
const jobs = JSON.parse(readFileSync(0, "utf8"));
for (const job of jobs) {
  process.stdout.write(JSON.stringify(runJob(job)) + "\n");
}

function parseOptions(args) {
  const parsed = { timeoutMs: 20000, binary: null };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--timeout-ms") parsed.timeoutMs = Number(args[++i]);
    else if (args[i] === "--binary") parsed.binary = args[++i];
    else throw new Error(`unknown option ${args[i]}`);
  }
  if (!parsed.binary) throw new Error("--binary PATH is required");
  return parsed;
}

function runJob(job) {
  const started = performance.now();
  const result = (ok, stdout, stderr, exception) => ({
    id: job.id, ok, stdout, stderr, exception, millis: Math.round(performance.now() - started),
  });
  let image;
  try {
    image = boardImage(job.dir);
  } catch (error) {
    return result(false, "", "", `[jmpy harness] ${error.message}`);
  }
  const run = spawnSync(options.binary, ["main.py"], {
    cwd: image,
    env: { ...process.env, MICROPYPATH: ".frozen" },
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    // the program's standard input: the job's "stdin" file, or none (end of input at once)
    input: job.stdin ? readFileSync(job.stdin) : "",
  });
  if (run.error && run.error.code === "ETIMEDOUT") {
    return result(false, decode(run.stdout), decode(run.stderr),
      `[jmpy harness] timed out after ${options.timeoutMs} ms (MicroPython was stopped)`);
  }
  if (run.error) {
    return result(false, "", "", `[jmpy harness] cannot run ${options.binary}: ${run.error.message}`);
  }
  const stdout = decode(run.stdout);
  const stderr = decode(run.stderr);
  if (run.status === 0) {
    return result(true, stdout, stderr, null);
  }
  // The unix port prints an uncaught exception's traceback on stdout (a board's console is one
  // stream) and exits with 1: it is cut from the output and reported as the exception, as the
  // WebAssembly runner reports it.
  const at = stdout.lastIndexOf(EXCEPTION_MARKER);
  if (at >= 0 && (at === 0 || stdout[at - 1] === "\n")) {
    return result(false, stdout.substring(0, at), stderr, stdout.substring(at));
  }
  return result(false, stdout, stderr, `[jmpy harness] MicroPython exited with ${run.status ?? run.signal}`);
}

/** The folder that holds main.py: dir itself or dir/micropython. */
function boardImage(dir) {
  if (existsSync(join(dir, "main.py"))) return dir;
  const nested = join(dir, "micropython");
  if (existsSync(join(nested, "main.py"))) return nested;
  throw new Error(`no main.py in ${dir} or ${nested}`);
}

function decode(bytes) {
  return bytes ? new TextDecoder().decode(bytes) : "";
}
