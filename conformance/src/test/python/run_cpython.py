"""Runs MicroPython board images on CPython 3's asyncio, for programs that need sockets.

Same protocol as src/test/node/run-micropython.mjs: a JSON array of jobs
({"id", "dir"}) on stdin; one JSON object per job per line on stdout
({"id", "ok", "stdout", "stderr", "exception", "millis"}).

Each job runs in a fresh interpreter (this file with --job DIR). The shims: the MicroPython
extensions that CPython's asyncio lacks, asyncio.sleep_ms, asyncio.wait_for_ms and
StreamReader.readinto, a StreamWriter.write that takes any buffer (an array("b")), an array
module whose stores keep the low bits as MicroPython's do; and a port
offset (PORT_OFFSET) added by start_server and open_connection, so that a program's CPython run
and its JVM run, which go on at the same time, do not compete for the same port.
"""

import json
import os
import subprocess
import sys
import time

EXCEPTION_MARKER = "\x00jmpy-unhandled-exception\x00\n"
PORT_OFFSET = 1000


def board_image(directory):
    if os.path.exists(os.path.join(directory, "main.py")):
        return directory
    nested = os.path.join(directory, "micropython")
    if os.path.exists(os.path.join(nested, "main.py")):
        return nested
    raise FileNotFoundError("no main.py in %s or %s" % (directory, nested))


def install_micropython_array():
    """MicroPython's array stores an int by keeping its low bits, as C's cast does (py/binary.c:
    200 stored into array("b") reads -56); CPython's raises OverflowError. jmpy's typed arrays
    rely on the board's behaviour, so the array module the board image imports narrows too."""
    import array as cpython_array
    import types

    bits = {"b": 8, "B": 8, "h": 16, "H": 16, "i": 32, "I": 32, "l": 32, "L": 32, "q": 64, "Q": 64}

    def narrow(typecode, v):
        if typecode not in bits or not isinstance(v, int):
            return v
        n = bits[typecode]
        v &= (1 << n) - 1
        return v - (1 << n) if typecode.islower() and v >> (n - 1) else v

    class array(cpython_array.array):
        def __new__(cls, typecode, initializer=()):
            if not isinstance(initializer, (bytes, bytearray, str)):
                initializer = [narrow(typecode, v) for v in initializer]
            return super().__new__(cls, typecode, initializer)

        def __setitem__(self, index, value):
            if isinstance(index, slice):
                if not isinstance(value, cpython_array.array):
                    value = cpython_array.array(self.typecode, bytes(value))  # bytes on the right
            else:
                value = narrow(self.typecode, value)
            super().__setitem__(index, value)

        def __getitem__(self, index):
            item = super().__getitem__(index)
            return array(self.typecode, item) if isinstance(index, slice) else item

    module = types.ModuleType("array")
    module.array = array
    module.typecodes = cpython_array.typecodes
    sys.modules["array"] = module


def install_micropython_extensions():
    import asyncio

    async def sleep_ms(ms):
        await asyncio.sleep(max(0, ms) / 1000)

    def wait_for_ms(awaitable, ms):
        return asyncio.wait_for(awaitable, ms / 1000)

    asyncio.sleep_ms = sleep_ms
    asyncio.wait_for_ms = wait_for_ms

    start_server = asyncio.start_server
    open_connection = asyncio.open_connection

    async def start_server_shifted(cb, host, port, *args, **kwargs):
        return await start_server(cb, host, port + PORT_OFFSET, *args, **kwargs)

    async def open_connection_shifted(host, port, *args, **kwargs):
        return await open_connection(host, port + PORT_OFFSET, *args, **kwargs)

    asyncio.start_server = start_server_shifted
    asyncio.open_connection = open_connection_shifted

    # MicroPython's streams take any buffer: a Java byte[] is an array("b"). CPython's writer
    # takes bytes-like objects only, and its reader has no readinto (MicroPython's: one read of
    # up to len(buf) bytes, into the buffer's start).
    write = asyncio.StreamWriter.write

    def write_buffer(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            data = bytes(data)
        return write(self, data)

    async def readinto(self, buf):
        data = await self.read(len(buf))
        memoryview(buf).cast("B")[:len(data)] = data
        return len(data)

    asyncio.StreamWriter.write = write_buffer
    asyncio.StreamReader.readinto = readinto


def run_one_job(directory):
    """Child mode: run main.py the way a board would, from the image's root."""
    import runpy
    import traceback

    image = board_image(directory)
    os.chdir(image)
    sys.path[0] = image
    install_micropython_extensions()
    install_micropython_array()
    try:
        runpy.run_path("main.py", run_name="__main__")
    except SystemExit:
        pass
    except BaseException:
        sys.stdout.flush()
        sys.stderr.write(EXCEPTION_MARKER)
        traceback.print_exc()
        sys.exit(1)


def run_jobs(timeout_s):
    jobs = json.load(sys.stdin)
    for job in jobs:
        started = time.monotonic()
        result = {"id": job["id"], "ok": False, "stdout": "", "stderr": "", "exception": None}
        try:
            child = subprocess.run(
                [sys.executable, os.path.abspath(__file__), "--job", job["dir"]],
                capture_output=True,
                timeout=timeout_s,
                env=dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1"),
            )
            stdout = child.stdout.decode("utf-8", "replace")
            stderr = child.stderr.decode("utf-8", "replace")
            before, marker, traceback_text = stderr.partition(EXCEPTION_MARKER)
            result["stdout"] = stdout
            result["stderr"] = before + traceback_text
            if marker:
                result["exception"] = traceback_text
            elif child.returncode != 0:
                result["exception"] = "[jmpy harness] python3 exited with %d" % child.returncode
            else:
                result["ok"] = True
        except subprocess.TimeoutExpired as timeout:
            result["stdout"] = (timeout.stdout or b"").decode("utf-8", "replace")
            result["exception"] = "[jmpy harness] timed out after %d s" % timeout_s
        result["millis"] = int((time.monotonic() - started) * 1000)
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


def main(args):
    if len(args) == 2 and args[0] == "--job":
        run_one_job(args[1])
    elif len(args) == 2 and args[0] == "--timeout-ms":
        run_jobs(int(args[1]) / 1000)
    elif not args:
        run_jobs(20)
    else:
        sys.exit("usage: run_cpython.py [--timeout-ms N] < jobs.json  |  run_cpython.py --job DIR")


if __name__ == "__main__":
    main(sys.argv[1:])
