// Compiles .py files to .mpy with mpy-cross v1.27 as WebAssembly (npm @pybricks/mpy-cross-v6).
// Input (stdin): {"options": ["-O0"], "files": [{"source": "/abs/a.py", "name": "pkg/a.py", "output": "/abs/a.mpy"}]}
// Output (stdout): one JSON line per file: {"name", "ok", "messages"}.
"use strict";
// Node 18+ has fetch, which makes Emscripten's loader try to fetch the .wasm by URL; without it,
// the loader reads the file from disk, which works offline.
globalThis.fetch = undefined;
const fs = require("node:fs");
const { compile } = require("@pybricks/mpy-cross-v6");

async function main() {
  const job = JSON.parse(fs.readFileSync(0, "utf8"));
  for (const file of job.files) {
    const source = fs.readFileSync(file.source, "utf8");
    // mpy-cross names the module after its input file, as a traceback shows it: give it the path
    // the board imports it by.
    // (the input itself gets a flat name: the emscripten file system has no folders for it)
    const result = await compile("input.py", source, [...job.options, "-s", file.name]);
    const ok = result.status === 0 && result.mpy !== undefined;
    if (ok) fs.writeFileSync(file.output, result.mpy);
    process.stdout.write(JSON.stringify({ name: file.name, ok, messages: [...result.out, ...result.err].join("\n") }) + "\n");
  }
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
