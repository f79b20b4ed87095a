// Runs MicroPython board images on real MicroPython 1.27 (the WebAssembly port, pyscript variant),
// each on a fresh interpreter, and reports what they printed.
//
// Input (stdin): a JSON array of jobs, each {"id": "...", "dir": "/abs/path", "realTime": false},
// where dir is a board image (it holds main.py) or a folder holding one in micropython/. A job
// with "board": "/abs/scenario.json" and "boardSim": "/abs/dir" runs on the simulated ESP32 of
// that folder (hardware programs; see installBoard below). A job with "stdin": "/abs/file" reads
// that file as its standard input (sys.stdin, file descriptor 0; a board reads its REPL UART
// there); without it the program's standard input is empty.
//
// Time: a job runs in virtual time unless it asks for "realTime": true. The port reads its clock
// from JavaScript's Date.now() (ticks_ms is Date.now() - the module's start; asyncio's C task queue
// reads the same ticks), so the worker replaces Date.now with a clock that stands still while
// Python runs and moves only when the harness's asyncio.run finds every task waiting: it jumps to
// the next deadline, as the JVM's virtual time does. The order of events then depends on deadlines
// only, never on how fast a loaded machine runs the interpreter. time.sleep/sleep_ms/sleep_us
// (blocking, which the port implements as a spin on ticks) move the clock by their argument.
// Output (stdout): one JSON object per line per job, in input order:
//   {"id", "ok", "stdout", "stderr", "exception", "millis"}
// "exception" is the traceback text of an exception that escaped main.py (null when ok).
//
// Option: --timeout-ms N (wall time per job, default 20000). The heap is the port's own: it grows
// on demand (gc.mem_free() reports over 100 MB), so memory limits of a board are not reproduced.
//
// The jobs run one after another in a worker thread; a job that overruns its time is stopped by
// terminating that worker, and the remaining jobs go on in a new one.

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";

const SHIM_PATH = new URL("./asyncio_run_shim.py", import.meta.url);
/** How far asyncio.run may move a virtual clock: a day, well inside ticks_diff's range (2^29 ms). */
const VIRTUAL_BUDGET_MS = 24 * 3600 * 1000;

/**
 * The worker's clock. Virtual: Date.now() returns `now`, which only advance() moves; it starts at
 * the same instant for every job (2026-01-01T00:00:00Z), so time.time() is deterministic too.
 * Fractions of a millisecond accumulate (sleep_us) but Date.now() returns whole milliseconds.
 */
const VIRTUAL_EPOCH_MS = 1767225600000;
const realDateNow = Date.now.bind(Date);
const clock = {
  virtual: false,
  now: VIRTUAL_EPOCH_MS,
  reset(virtual) {
    this.virtual = virtual;
    this.now = VIRTUAL_EPOCH_MS;
  },
  advance(ms) {
    if (ms > 0) this.now += ms;
  },
};

if (isMainThread) {
  await runAllJobs(parseOptions(process.argv.slice(2)));
} else {
  await serveJobs(workerData);
}

function parseOptions(args) {
  const options = { timeoutMs: 20000 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--timeout-ms") options.timeoutMs = Number(args[++i]);
    else throw new Error(`unknown option ${args[i]}`);
  }
  return options;
}

async function runAllJobs(options) {
  const jobs = JSON.parse(readFileSync(0, "utf8"));
  let next = 0;
  while (next < jobs.length) {
    const reached = await runInWorker(jobs, next, options);
    if (reached === next) {
      // No progress at all: a new worker would fail the same way.
      for (const job of jobs.slice(next)) {
        process.stdout.write(JSON.stringify({ id: job.id, ok: false, stdout: "", stderr: "", exception: "[jmpy harness] MicroPython's worker ended without running this job", millis: 0 }) + "\n");
      }
      break;
    }
    next = reached;
  }
}

/** Runs jobs from index `first` on in one worker; resolves with the index of the first job not reported. */
function runInWorker(jobs, first, options) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { jobs: jobs.slice(first), timeoutMs: options.timeoutMs },
    });
    let done = first;
    let watchdog = null;
    let settled = false;
    let inFlight = -1; // index of the job the worker said it started and has not finished
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      resolve(done);
    };
    const report = (result) => process.stdout.write(JSON.stringify(result) + "\n");
    worker.on("message", (message) => {
      if (message.type === "started") {
        clearTimeout(watchdog);
        inFlight = done;
        const job = jobs[done];
        watchdog = setTimeout(() => {
          report({
            id: job.id, ok: false, stdout: "", stderr: "",
            exception: `[jmpy harness] timed out after ${options.timeoutMs} ms (MicroPython was stopped)`,
            millis: options.timeoutMs,
          });
          done++;
          settled = true; // the exit that follows is ours
          clearTimeout(watchdog);
          worker.terminate().then(() => resolve(done));
        }, options.timeoutMs + 1000);
      } else if (message.type === "result") {
        clearTimeout(watchdog);
        report(message.result);
        inFlight = -1;
        done++;
        if (done === jobs.length) worker.terminate().then(settle);
      }
    });
    worker.on("error", (error) => {
      // The worker itself failed (not a Python exception): report the job it was on.
      if (done < jobs.length) {
        report({ id: jobs[done].id, ok: false, stdout: "", stderr: "", exception: `[jmpy harness] ${error.stack}`, millis: 0 });
        done++;
      }
      settle();
    });
    worker.on("exit", () => {
      // A worker that ended on its own in the middle of a job (not terminated by us): blame that
      // job, so that the next worker starts after it instead of retrying it forever.
      if (!settled && inFlight === done && done < jobs.length) {
        report({ id: jobs[done].id, ok: false, stdout: "", stderr: "", exception: "[jmpy harness] MicroPython's worker exited during this job", millis: 0 });
        done++;
      }
      settle();
    });
  });
}

async function serveJobs({ jobs, timeoutMs }) {
  Date.now = () => (clock.virtual ? Math.floor(clock.now) : realDateNow());
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  const shim = readFileSync(SHIM_PATH, "utf8");
  for (const job of jobs) {
    parentPort.postMessage({ type: "started", id: job.id });
    parentPort.postMessage({ type: "result", result: await runJob(loadMicroPython, shim, job, timeoutMs) });
  }
}

async function runJob(loadMicroPython, shim, job, timeoutMs) {
  const started = performance.now();
  const virtual = job.realTime !== true;
  clock.reset(virtual); // before loading: the port takes its ticks epoch from Date.now()
  const stdout = [];
  const stderr = [];
  const result = (ok, exception) => ({
    id: job.id,
    ok,
    stdout: decode(stdout),
    stderr: decode(stderr),
    exception,
    millis: Math.round(performance.now() - started),
  });
  try {
    const image = boardImage(job.dir);
    const mp = await loadMicroPython({
      linebuffer: false,
      stdout: (bytes) => pushAll(stdout, bytes),
      stderr: (bytes) => pushAll(stderr, bytes),
    });
    copyImage(mp.FS, image, "/");
    // Standard input: the port's descriptor 0 is the worker's stdin (the jobs' JSON, read already);
    // it is closed and the job's input opened in its place, which takes the lowest free
    // descriptor, 0, so sys.stdin reads it.
    mp.FS.writeFile("/tmp/stdin", job.stdin ? readFileSync(job.stdin) : "");
    mp.FS.close(mp.FS.getStream(0));
    const input = mp.FS.open("/tmp/stdin", "r");
    if (input.fd !== 0) throw new Error(`standard input opened as descriptor ${input.fd}, not 0`);
    mp.FS.unlink("/tmp/stdin");
    const shadowing = ["asyncio", "asyncio.py", "uasyncio", "uasyncio.py"].filter((name) => existsSync(join(image, name)));
    if (shadowing.length > 0) {
      // On a board these would shadow the frozen asyncio too (sys.path has '' before .frozen).
      return result(false, `[jmpy harness] the board image has ${shadowing.join(", ")} at its root, which shadows ` +
        "MicroPython's own asyncio (on a board too): a Java package named asyncio cannot be used");
    }
    const sleepCell = new Int32Array(new SharedArrayBuffer(4));
    mp.registerJsModule("_jmpy_host", {
      virtual,
      // Virtual time: the clock jumps. Real time: Atomics.wait blocks this thread without spinning.
      block_ms: (ms) => {
        if (virtual) clock.advance(ms);
        else Atomics.wait(sleepCell, 0, 0, ms);
      },
    });
    // Compiled under its own file name so that its frames are recognisable in tracebacks; /tmp
    // exists in the port already, and the file is removed before main.py runs.
    mp.FS.writeFile("/tmp/asyncio_run_shim.py", shim);
    mp.runPython(
      "exec(compile(open('/tmp/asyncio_run_shim.py').read(), 'asyncio_run_shim.py', 'exec'))\n" +
      `_jmpy_install_asyncio_run(${virtual ? VIRTUAL_BUDGET_MS : Math.max(1, timeoutMs - 500)})\n` +
      "del _jmpy_install_asyncio_run\n");
    mp.FS.unlink("/tmp/asyncio_run_shim.py");
    const board = job.board ? installBoard(mp, job) : null;
    try {
      if (board) {
        // A hardware program: main.py boots as often as the scenario allows while it ends in a
        // reset, then the board's history follows the output (see esp32-stubs' _board.py).
        mp.runPython(board);
      } else {
        // As a board runs main.py: in __main__, with __file__ set, tracebacks naming main.py.
        mp.runPython("__file__ = 'main.py'\nexec(compile(open('main.py').read(), 'main.py', 'exec'))\n");
      }
    } catch (error) {
      if (error.name !== "PythonError") throw error;
      if (error.type === "SystemExit") return result(true, null);
      pushAll(stderr, new TextEncoder().encode(error.message));
      return result(false, error.message);
    }
    return result(true, null);
  } catch (error) {
    const detail = error.name === "PythonError" ? error.message : (error.stack ?? String(error));
    return result(false, `[jmpy harness] ${detail}`);
  }
}

/**
 * Puts the simulated ESP32 (esp32-stubs/src/main/python: _board, machine, network, esp32) in /lib,
 * installs it with the job's scenario (job.board, a JSON file), and returns the Python that boots
 * main.py: each boot in a fresh __main__ with the program's modules imported afresh (RAM is gone
 * after a reset; the board, its NVS and the outside world stay), then the board's history.
 */
function installBoard(mp, job) {
  if (!mp.FS.analyzePath("/lib").exists) mp.FS.mkdir("/lib");
  for (const name of readdirSync(job.boardSim)) {
    if (name.endsWith(".py")) mp.FS.writeFile(`/lib/${name}`, readFileSync(join(job.boardSim, name)));
  }
  const scenario = readFileSync(job.board, "utf8");
  mp.runPython(
    "import _jmpy_host, _board, machine, network, esp32\n" +
    `_jmpy_boots = _board.install(_jmpy_host, ${JSON.stringify(scenario)})\n`);
  return [
    "def _jmpy_run_boots(boots):",
    "    import sys, _board",
    "    kept = list(sys.modules)",
    "    reset = None",
    "    try:",
    "        for n in range(boots):",
    "            if n:",
    "                _board.reboot(reset)",
    "                for name in list(sys.modules):",
    "                    if name not in kept:",
    "                        del sys.modules[name]",
    "            _board.boot()",
    "            try:",
    "                exec(compile(open('main.py').read(), 'main.py', 'exec'), {'__name__': '__main__', '__file__': 'main.py'})",
    "                return",
    "            except _board.BoardReset as r:",
    "                reset = r",
    "    finally:",
    "        _board.dump()",
    "_jmpy_run_boots(_jmpy_boots)",
    "",
  ].join("\n");
}

/** The folder that holds main.py: dir itself or dir/micropython. */
function boardImage(dir) {
  if (existsSync(join(dir, "main.py"))) return dir;
  const nested = join(dir, "micropython");
  if (existsSync(join(nested, "main.py"))) return nested;
  throw new Error(`no main.py in ${dir} or ${nested}`);
}

/** Copies a folder tree into the interpreter's in-memory file system, as if flashed to a board's root. */
function copyImage(FS, from, to) {
  const existing = new Set(FS.readdir(to));
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = to === "/" ? `/${name}` : `${to}/${name}`;
    if (statSync(source).isDirectory()) {
      // The port's root already has tmp, home, dev and proc; refuse to merge into them.
      if (existing.has(name)) throw new Error(`board image entry ${name}/ clashes with the port's ${target}`);
      FS.mkdir(target);
      copyImage(FS, source, target);
    } else {
      FS.writeFile(target, readFileSync(source));
    }
  }
}

function pushAll(buffer, bytes) {
  for (const byte of bytes) buffer.push(byte);
}

function decode(bytes) {
  return new TextDecoder().decode(new Uint8Array(bytes));
}
