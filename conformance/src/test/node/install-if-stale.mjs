// Runs `npm ci` in this module unless node_modules already matches package-lock.json.
// npm writes node_modules/.package-lock.json on every install, so a copy newer than the lockfile
// means the installed tree was made from this lockfile (or a later edit of it was installed).

import { existsSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const lockfile = join(moduleDir, "package-lock.json");
const installed = join(moduleDir, "node_modules", ".package-lock.json");

if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) {
  console.log("[conformance] node_modules is up to date with package-lock.json");
} else {
  console.log("[conformance] npm ci (MicroPython for the conformance suite)");
  const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: moduleDir,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (npm.error) {
    console.error(`[conformance] could not run npm: ${npm.error.message}`);
    process.exit(1);
  }
  process.exit(npm.status ?? 1);
}
