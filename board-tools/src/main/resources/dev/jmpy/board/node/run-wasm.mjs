// Runs Python snippets on MicroPython 1.27 as WebAssembly (npm @micropython/micropython-webassembly-pyscript),
// each on a fresh interpreter with a board image at /image (on sys.path). A 32-bit port, as an ESP32 is:
// its objects have the board's sizes, which is why the size report measures the heap here.
// Input (stdin): {"image": "/abs/dir", "jobs": [{"id": "...", "code": "..."}]}
// Output (stdout): one JSON line per job: {"id", "ok", "stdout", "error"}.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const input = JSON.parse(readFileSync(0, "utf8"));
for (const job of input.jobs) {
  const out = [];
  let error = null;
  try {
    const mp = await loadMicroPython({ linebuffer: false, stdout: (b) => out.push(...b), stderr: (b) => out.push(...b) });
    mp.FS.mkdir("/image");
    copy(mp.FS, input.image, "/image");
    mp.runPython("import sys\nsys.path.insert(0, '/image')\n" + job.code);
  } catch (e) {
    error = e && e.message ? e.message : String(e);
  }
  const stdout = new TextDecoder().decode(new Uint8Array(out));
  process.stdout.write(JSON.stringify({ id: job.id, ok: error === null, stdout, error }) + "\n");
}

function copy(FS, from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      FS.mkdir(`${to}/${name}`);
      copy(FS, source, `${to}/${name}`);
    } else {
      FS.writeFile(`${to}/${name}`, readFileSync(source));
    }
  }
}
