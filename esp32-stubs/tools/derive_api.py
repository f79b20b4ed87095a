#!/usr/bin/env python3
"""Derives the ESP32 port's Python API (module, class, method and constant names, positional arity,
keyword names) from MicroPython's own C sources, and writes it as JSON.

    python3 derive_api.py --repo /work/.mirror/micropython+micropython/repo --tag v1.27.0 \
        --out esp32_api.json

The sources are read with `git show <tag>:<path>` from a (bare) clone. What it reads:

- the configuration of the ESP32_GENERIC board: ports/esp32/boards/ESP32_GENERIC/mpconfigboard.h,
  ports/esp32/mpconfigport.h, then py/mpconfig.h's defaults, so `#if MICROPY_PY_...` blocks are
  kept or dropped as the firmware build keeps or drops them. ESP-IDF's own settings (SOC_*,
  CONFIG_*) are not in this repository: the few that decide which names exist are in
  ESP_IDF_ASSUMPTIONS below and are written into the JSON, so the table says what it assumed;
- the modules' globals tables (`mp_rom_map_elem_t ..._globals_table[]`), following
  `#include MICROPY_..._INCLUDEFILE` into the port's files as the compiler does;
- each type's `MP_DEFINE_CONST_OBJ_TYPE` (name, `make_new`, `call`, `locals_dict`, `parent`);
- each function object's `MP_DEFINE_CONST_FUN_OBJ_*` (fixed or ranged positional arity, or
  keywords) and, for keyword functions and constructors, the `allowed_args[]` array in the C
  function's body (`MP_ARG_KW_ONLY`, `MP_ARG_REQUIRED`), following a constructor or `init` that
  hands its arguments on to a helper (`helper(self, n_args - 1, args + 1, &kw_args)`).

Facts, not code: nothing of MicroPython is copied into the output but names and numbers.
"""

import argparse
import json
import re
import subprocess
import sys

# ESP-IDF settings that are not in MicroPython's repository but decide which names the ESP32
# (original, not S2/S3/C3) firmware has. Values from ESP-IDF v5.5's soc_caps.h for the ESP32.
ESP_IDF_ASSUMPTIONS = {
    "CONFIG_IDF_TARGET_ESP32": 1,
    "ESP_IDF_VERSION_MAJOR": 5,
    "ESP_IDF_VERSION_MINOR": 5,
    "ESP_IDF_VERSION_PATCH": 1,
    "SOC_TOUCH_SENSOR_SUPPORTED": 1,
    "SOC_TOUCH_SENSOR_VERSION": 1,
    "SOC_PM_SUPPORT_EXT0_WAKEUP": 1,
    "SOC_PM_SUPPORT_EXT1_WAKEUP": 1,
    "SOC_DAC_SUPPORTED": 1,
    "SOC_ULP_SUPPORTED": 1,
    "SOC_ULP_FSM_SUPPORTED": 1,
    "SOC_I2S_SUPPORTED": 1,
    "SOC_RMT_SUPPORTED": 1,
    "SOC_PCNT_SUPPORTED": 1,
    "SOC_SDMMC_HOST_SUPPORTED": 1,
    "SOC_TEMP_SENSOR_SUPPORTED": 0,
    "SOC_UART_SUPPORT_REF_TICK": 1,
    "SOC_LEDC_SUPPORT_APB_CLOCK": 1,
    "SOC_LEDC_SUPPORT_HS_MODE": 1,
    "SOC_LEDC_TIMER_BIT_WIDTH": 20,
    "SOC_I2C_SUPPORT_SLAVE": 1,
    "SOC_GPIO_SUPPORT_DEEPSLEEP_WAKEUP": 0,
    "SOC_USB_SERIAL_JTAG_SUPPORTED": 0,
    "SOC_USB_OTG_SUPPORTED": 0,
    "SOC_ADC_PERIPH_NUM": 2,
    "SOC_ADC_MAX_BITWIDTH": 12,
    "SOC_I2C_NUM": 2,
    "SOC_UART_HP_NUM": 3,
    "SOC_UART_NUM": 3,
    "CONFIG_ESP_NETIF_TCPIP_LWIP": 1,
    "CONFIG_LWIP_PPP_SUPPORT": 1,
    "CONFIG_BT_ENABLED": 1,
    "CONFIG_SPIRAM": 0,
    "LWIP_VERSION_MAJOR": 2,
    "MICROPY_HW_ENABLE_SDCARD": 1,
    "MICROPY_HW_ENABLE_UART_REPL": 1,
}

# Values of ESP-IDF enums and of newlib's errno.h (the ESP32 port does not use MicroPython's
# internal errno numbers: MICROPY_USE_INTERNAL_ERRNO is 0 there), which the constants of the
# table refer to. From ESP-IDF v5.5 (driver/gpio, hal/adc_types.h, esp_sleep.h, esp_wifi_types)
# and newlib's sys/errno.h.
ESP_IDF_ENUMS = {
    "GPIO_MODE_INPUT": 1, "GPIO_MODE_OUTPUT": 2, "GPIO_MODE_INPUT_OUTPUT": 3,
    "GPIO_MODE_OUTPUT_OD": 6, "GPIO_MODE_INPUT_OUTPUT_OD": 7,
    "GPIO_INTR_POSEDGE": 1, "GPIO_INTR_NEGEDGE": 2, "GPIO_INTR_ANYEDGE": 3,
    "GPIO_INTR_LOW_LEVEL": 4, "GPIO_INTR_HIGH_LEVEL": 5,
    "GPIO_DRIVE_CAP_0": 0, "GPIO_DRIVE_CAP_1": 1, "GPIO_DRIVE_CAP_2": 2, "GPIO_DRIVE_CAP_3": 3,
    "ADC_ATTEN_DB_0": 0, "ADC_ATTEN_DB_2_5": 1, "ADC_ATTEN_DB_6": 2, "ADC_ATTEN_DB_12": 3,
    "ADC_ATTEN_DB_11": 3,
    "ESP_SLEEP_WAKEUP_UNDEFINED": 0, "ESP_SLEEP_WAKEUP_EXT0": 2, "ESP_SLEEP_WAKEUP_EXT1": 3,
    "ESP_SLEEP_WAKEUP_TIMER": 4, "ESP_SLEEP_WAKEUP_TOUCHPAD": 5, "ESP_SLEEP_WAKEUP_ULP": 6,
    "WIFI_IF_STA": 0, "WIFI_IF_AP": 1,
    "WIFI_REASON_BEACON_TIMEOUT": 200, "WIFI_REASON_NO_AP_FOUND": 201,
    "WIFI_REASON_AUTH_FAIL": 202, "WIFI_REASON_ASSOC_FAIL": 203,
    "WIFI_REASON_HANDSHAKE_TIMEOUT": 204,
    "WIFI_AUTH_OPEN": 0, "WIFI_AUTH_WEP": 1, "WIFI_AUTH_WPA_PSK": 2, "WIFI_AUTH_WPA2_PSK": 3,
    "WIFI_AUTH_WPA_WPA2_PSK": 4,
    "WIFI_PS_NONE": 0, "WIFI_PS_MIN_MODEM": 1, "WIFI_PS_MAX_MODEM": 2,
    "TIMER_ONESHOT": 0, "TIMER_PERIODIC": 1,
    # newlib errno values, as MicroPython's MP_Exxx names (py/mperrno.h maps MP_Exxx to Exxx).
    "MP_EPERM": 1, "MP_ENOENT": 2, "MP_EIO": 5, "MP_EBADF": 9, "MP_EAGAIN": 11, "MP_ENOMEM": 12,
    "MP_EACCES": 13, "MP_EEXIST": 17, "MP_ENODEV": 19, "MP_EISDIR": 21, "MP_EINVAL": 22,
    "MP_EOPNOTSUPP": 95, "MP_ECONNRESET": 104, "MP_ENOBUFS": 105, "MP_ECONNREFUSED": 111,
    "MP_EADDRINUSE": 112, "MP_ECONNABORTED": 113, "MP_ETIMEDOUT": 116, "MP_EHOSTUNREACH": 118,
    "MP_EINPROGRESS": 119, "MP_EALREADY": 120, "MP_ENOTCONN": 128,
}

CONFIG_FILES = [
    "ports/esp32/boards/ESP32_GENERIC/mpconfigboard.h",
    "ports/esp32/mpconfigport.h",
    "py/mpconfig.h",
]

# The C files whose modules and types make up the API table, in the order the build compiles them
# (a port's file included by an extmod file is reached through that #include).
SOURCE_FILES = [
    "extmod/modmachine.c",
    "extmod/machine_adc.c",
    "extmod/machine_adc_block.c",
    "extmod/machine_bitstream.c",
    "extmod/machine_i2c.c",
    "extmod/machine_mem.c",
    "extmod/machine_pinbase.c",
    "extmod/machine_pulse.c",
    "extmod/machine_pwm.c",
    "extmod/machine_signal.c",
    "extmod/machine_spi.c",
    "extmod/machine_timer.c",
    "extmod/machine_uart.c",
    "extmod/machine_wdt.c",
    "ports/esp32/machine_pin.c",
    "ports/esp32/machine_i2c.c",
    "ports/esp32/machine_hw_spi.c",
    "ports/esp32/machine_timer.c",
    "ports/esp32/machine_rtc.c",
    "ports/esp32/machine_dac.c",
    "ports/esp32/machine_touchpad.c",
    "ports/esp32/machine_sdcard.c",
    "ports/esp32/machine_bitstream.c",
    "extmod/modnetwork.c",
    "ports/esp32/network_common.c",
    "ports/esp32/network_wlan.c",
    "ports/esp32/modesp32.c",
    "ports/esp32/esp32_nvs.c",
    "ports/esp32/esp32_partition.c",
    "ports/esp32/esp32_rmt.c",
    "ports/esp32/esp32_pcnt.c",
    "ports/esp32/esp32_ulp.c",
    "ports/esp32/modesp.c",
    "extmod/modtime.c",
    "py/modgc.c",
    "py/modmicropython.c",
    "py/moderrno.c",
    "extmod/modjson.c",
    "extmod/modstruct.c" if False else "py/modstruct.c",
    "extmod/modbinascii.c",
    "py/stream.c",
    "py/modsys.c",
    "py/objringio.c",
    "py/runtime.c",
    "extmod/machine_i2s.c",
    "drivers/dht/dht.c",
    "ports/esp32/network_lan.c",
    "ports/esp32/network_ppp.c",
    "extmod/modasyncio.c",
]

# The modules the table covers: the ones jmpy's stubs stand for, and those device code uses.
MODULES = ["machine", "network", "esp32", "esp", "time", "gc", "micropython", "errno", "json",
           "struct", "binascii"]


def git_show(repo, tag, path):
    result = subprocess.run(["git", "-C", repo, "show", f"{tag}:{path}"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None
    return result.stdout


def strip_comments(text):
    # Block comments, then line comments outside strings (good enough for these sources).
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    out = []
    for line in text.split("\n"):
        in_string = False
        cut = len(line)
        i = 0
        while i < len(line) - 1:
            c = line[i]
            if c == '"' and (i == 0 or line[i - 1] != "\\"):
                in_string = not in_string
            elif not in_string and c == "/" and line[i + 1] == "/":
                cut = i
                break
            i += 1
        out.append(line[:cut])
    return "\n".join(out)


def join_continuations(text):
    return re.sub(r"\\\n", " ", text)


class Preprocessor:
    """Enough of the C preprocessor for these sources: object-like #defines, #if/#ifdef/#elif with
    integer expressions and defined(), and #include of files named by a macro or a repo path."""

    def __init__(self, repo, tag):
        self.repo = repo
        self.tag = tag
        self.defines = {}
        for name, value in list(ESP_IDF_ASSUMPTIONS.items()) + list(ESP_IDF_ENUMS.items()):
            self.defines[name] = str(value)
        self.functions = {}
        self.defines["ESP_IDF_VERSION"] = str(
            (ESP_IDF_ASSUMPTIONS["ESP_IDF_VERSION_MAJOR"] << 16)
            | (ESP_IDF_ASSUMPTIONS["ESP_IDF_VERSION_MINOR"] << 8)
            | ESP_IDF_ASSUMPTIONS["ESP_IDF_VERSION_PATCH"])
        self.included = set()

    def expand(self, text, depth=0):
        if depth > 20:
            return text

        def replace(match):
            name = match.group(0)
            if name in self.defines:
                return self.expand(self.defines[name], depth + 1)
            return name

        text = re.sub(r"\b[A-Za-z_]\w*\b", replace, text)
        # Function-like macros that build table entries (errno's X(EPERM) list).
        for name, (params, body) in self.functions.items():
            if name not in ("X",) or not params:
                continue
            def call(match, params=params, body=body):
                values = [a.strip() for a in split_args(match.group(1))]
                result = body
                for param, value in zip(params, values):
                    result = re.sub(r"##\s*" + param + r"\b", value, result)
                    result = re.sub(r"\b" + param + r"\s*##", value, result)
                    result = re.sub(r"\b" + param + r"\b", value, result)
                return self.expand(result, depth + 1)
            text = re.sub(r"\b" + name + r"\s*\(([^()]*)\)", call, text)
        return text

    def evaluate(self, expression):
        expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)", lambda m: "1" if m.group(1) in self.defines else "0",
                      expression)
        expr = re.sub(r"defined\s+(\w+)", lambda m: "1" if m.group(1) in self.defines else "0", expr)
        expr = re.sub(r"ESP_IDF_VERSION_VAL\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)",
                      lambda m: str((int(m.group(1)) << 16) | (int(m.group(2)) << 8) | int(m.group(3))),
                      expr)
        expr = self.expand(expr)
        expr = re.sub(r"ESP_IDF_VERSION_VAL\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)",
                      lambda m: str((int(m.group(1)) << 16) | (int(m.group(2)) << 8) | int(m.group(3))),
                      expr)
        # Function-like macros we do not know, and any other identifier, count as 0.
        expr = re.sub(r"\b[A-Za-z_]\w*\s*\([^()]*\)", "0", expr)
        expr = re.sub(r"\b[A-Za-z_]\w*\b", "0", expr)
        expr = re.sub(r"(\d+)[uUlL]+\b", r"\1", expr)
        expr = expr.replace("&&", " and ").replace("||", " or ")
        expr = re.sub(r"!(?!=)", " not ", expr)
        try:
            return bool(eval(expr, {"__builtins__": {}}, {}))
        except Exception:
            return False

    def process(self, path, collect_text=True):
        """Runs the file through the directives; returns its active text (directives removed)."""
        source = git_show(self.repo, self.tag, path)
        if source is None:
            return ""
        lines = join_continuations(strip_comments(source)).split("\n")
        out = []
        # Stack of (this branch active, some branch already taken, parent active)
        stack = []

        def active():
            return all(frame[0] for frame in stack)

        for line in lines:
            stripped = line.strip()
            if stripped.startswith("#"):
                directive = stripped[1:].strip()
                word = re.match(r"(\w+)", directive)
                word = word.group(1) if word else ""
                rest = directive[len(word):].strip()
                if word in ("if", "ifdef", "ifndef"):
                    parent = active()
                    if word == "if":
                        value = parent and self.evaluate(rest)
                    elif word == "ifdef":
                        value = parent and rest.split()[0] in self.defines
                    else:
                        value = parent and rest.split()[0] not in self.defines
                    stack.append([value, value, parent])
                elif word == "elif":
                    frame = stack[-1]
                    value = frame[2] and not frame[1] and self.evaluate(rest)
                    frame[0] = value
                    frame[1] = frame[1] or value
                elif word == "else":
                    frame = stack[-1]
                    frame[0] = frame[2] and not frame[1]
                    frame[1] = True
                elif word == "endif":
                    stack.pop()
                elif not active():
                    continue
                elif word == "define":
                    match = re.match(r"(\w+)(\([^)]*\))?\s*(.*)", rest)
                    if match and match.group(2) is None:
                        self.defines[match.group(1)] = match.group(3).strip()
                    elif match:
                        params = [p.strip() for p in match.group(2)[1:-1].split(",") if p.strip()]
                        self.functions[match.group(1)] = (params, match.group(3).strip())
                elif word == "undef":
                    self.defines.pop(rest.split()[0], None)
                elif word == "include":
                    target = rest.strip()
                    if not target.startswith('"') and not target.startswith("<"):
                        target = self.expand(target).strip()
                    name = target.strip('"<>')
                    for candidate in (name, "ports/esp32/" + name):
                        if candidate.endswith(".c") or candidate.endswith("globals.h") or candidate in (
                                "ports/esp32/modnetwork.h", "ports/esp32/modmachine.h",
                                "extmod/modmachine.h", "extmod/modnetwork.h"):
                            if git_show(self.repo, self.tag, candidate) is not None:
                                if candidate.endswith(".h") and candidate in self.included and \
                                        not candidate.endswith("globals.h"):
                                    break
                                self.included.add(candidate)
                                out.append(self.process(candidate))
                                break
                continue
            if active() and collect_text:
                out.append(line)
        return "\n".join(out)


def balanced(text, start, open_char, close_char):
    """The index just past the bracket matching the one at text[start]."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == open_char:
            depth += 1
        elif c == close_char:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


class Sources:
    def __init__(self, text, pre):
        self.text = text
        self.pre = pre
        self.tables = {}
        self.dicts = {}
        self.types = {}
        self.funs = {}
        self.bodies = {}
        self.modules = {}
        self.module_objects = {}
        self._scan()

    def _scan(self):
        text = self.text
        for m in re.finditer(r"mp_rom_map_elem_t\s+(\w+)\s*\[\s*\]\s*=\s*\{", text):
            end = balanced(text, m.end() - 1, "{", "}")
            body = self.pre.expand(text[m.end():end - 1])
            self.tables[m.group(1)] = body
        for m in re.finditer(r"MP_DEFINE_CONST_DICT\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)", text):
            self.dicts[m.group(1)] = m.group(2)
        for m in re.finditer(r"MP_DEFINE_CONST_OBJ_TYPE\s*\(", text):
            end = balanced(text, m.end() - 1, "(", ")")
            args = [a.strip() for a in split_args(text[m.end():end - 1])]
            slots = {}
            for i in range(3, len(args) - 1, 2):
                slots[args[i]] = args[i + 1].lstrip("&")
            self.types[args[0]] = {"name": args[1].replace("MP_QSTR_", ""), "slots": slots}
        for m in re.finditer(r"MP_DEFINE_CONST_FUN_OBJ_(\w+)\s*\(([^;]*?)\)\s*;", text):
            kind = m.group(1)
            args = [a.strip() for a in split_args(m.group(2))]
            self.funs[args[0]] = (kind, args[1:])
        for m in re.finditer(r"MP_DEFINE_CONST_(STATICMETHOD|CLASSMETHOD)_OBJ\s*\(\s*(\w+)\s*,\s*MP_ROM_PTR\s*\(\s*&(\w+)\s*\)\s*\)", text):
            self.funs[m.group(2)] = (m.group(1), [m.group(3)])
        for m in re.finditer(r"\n[\w \t\*]*?\b(\w+)\s*\(([^;{)]*(?:\([^)]*\)[^;{)]*)*)\)\s*\{", text):
            name = m.group(1)
            if name in ("if", "while", "for", "switch", "sizeof", "return"):
                continue
            end = balanced(text, m.end() - 1, "{", "}")
            self.bodies.setdefault(name, text[m.end():end - 1])
        for m in re.finditer(r"MP_REGISTER_(?:EXTENSIBLE_)?MODULE\s*\(\s*MP_QSTR_(\w+)\s*,\s*(\w+)\s*\)", text):
            self.modules[m.group(1)] = m.group(2)
        for m in re.finditer(r"mp_obj_module_t\s+(\w+)\s*=\s*\{(?:[^{}]|\{[^{}]*\})*?globals\s*=\s*\(mp_obj_dict_t\s*\*\)\s*&(\w+)", text, re.S):
            self.module_objects[m.group(1)] = m.group(2)

    def entries(self, dict_name):
        table = self.tables.get(self.dicts.get(dict_name, dict_name))
        if table is None:
            return []
        out = []
        for m in re.finditer(r"\{\s*MP_ROM_QSTR\s*\(\s*MP_QSTR_(\w+)\s*\)\s*,\s*MP_ROM_(\w+)\s*\((.*?)\)\s*\}", table, re.S):
            out.append((m.group(1), m.group(2), m.group(3).strip()))
        return out

    def arg_table(self, name, body):
        """Entries (name, flags) of an mp_arg_t array defined in body or at file level."""
        for text in (body, self.text):
            m = re.search(r"\b" + re.escape(name) + r"\s*\[\s*\]\s*=\s*\{", text)
            if m:
                end = balanced(text, m.end() - 1, "{", "}")
                return [(e.group(1), e.group(2)) for e in
                        re.finditer(r"\{\s*MP_QSTR_(\w*)\s*,\s*([^,]*)", text[m.end():end - 1])]
        return None

    def allowed_args(self, function, seen=None):
        """names, kw_only, required and skip (positional args taken before) of a C function."""
        body = self.bodies.get(function)
        if body is None:
            return None
        seen = seen or set()
        seen.add(function)
        m = re.search(r"mp_arg_parse_all(_kw_array)?\s*\(", body)
        if m:
            end = balanced(body, m.end() - 1, "(", ")")
            args = [a.strip() for a in split_args(body[m.end():end - 1])]
            table_arg = args[4] if len(args) > 4 else ""
            t = re.match(r"(\w+)\s*(?:\+\s*(\d+))?", table_arg)
            entries = self.arg_table(t.group(1), body) if t else None
            if entries is not None:
                entries = entries[int(t.group(2) or 0):]
                skip = 0
                if not m.group(1):
                    k = re.search(r"-\s*(\d+)", args[0])
                    skip = int(k.group(1)) if k else 0
                entries = [(n or "_", f) for n, f in entries]
                return {
                    "names": [n for n, _ in entries],
                    "kw_only": [n for n, f in entries if "MP_ARG_KW_ONLY" in f],
                    "required": [n for n, f in entries if "MP_ARG_REQUIRED" in f],
                    "skip": skip,
                }
        # A constructor or init that hands its arguments on: helper(self, n_args - K, args + K, ...)
        for call in re.finditer(r"\b(\w+)\s*\(\s*[^,()]+\s*,\s*n_\w*args\s*(?:-\s*(\d+))?\s*,", body):
            callee = call.group(1)
            if callee in seen or callee.startswith("mp_arg_"):
                continue
            inner = self.allowed_args(callee, seen)
            if inner:
                inner = dict(inner)
                inner["skip"] = -int(call.group(2) or 0)  # K leading positionals taken before the helper
                return inner
        return None

    def check_num(self, function):
        body = self.bodies.get(function) or ""
        m = re.search(r"mp_arg_check_num\s*\(\s*n_args\s*,\s*n_kw\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*\)", body)
        if not m:
            return None
        def number(text):
            if text == "MP_OBJ_FUN_ARGS_MAX":
                return None
            value = self.pre.expand(text)
            try:
                return int(eval(re.sub(r"[()]", "", value), {"__builtins__": {}}, {}))
            except Exception:
                return None
        return number(m.group(1)), number(m.group(2)), m.group(3) == "true"


def split_args(text):
    args, depth, current = [], 0, ""
    for c in text:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "," and depth == 0:
            args.append(current)
            current = ""
        else:
            current += c
    if current.strip():
        args.append(current)
    return args


def signature_of_fun(src, fun_obj, is_method):
    """Signature of a function object: positional min/max (self excluded), keyword names."""
    if fun_obj not in src.funs:
        return None
    kind, args = src.funs[fun_obj]
    self_count = 1 if is_method else 0
    if kind in ("STATICMETHOD", "CLASSMETHOD"):
        inner = signature_of_fun(src, args[0], False)
        if inner and kind == "CLASSMETHOD":
            inner = dict(inner)
            inner["min"] = max(0, inner["min"] - 1)
            if inner["max"] is not None:
                inner["max"] -= 1
        return inner
    def number(text):
        value = src.pre.expand(text)
        if "MP_OBJ_FUN_ARGS_MAX" in value:
            return None
        return int(eval(re.sub(r"(\d+)[uUlL]+\b", r"\1", value), {"__builtins__": {}}, {}))

    if kind in ("0", "1", "2", "3"):
        n = int(kind) - self_count
        return {"min": n, "max": n, "params": [], "keywords": [], "kw_only": []}
    if kind == "VAR":
        return {"min": number(args[0]) - self_count, "max": None, "params": [], "keywords": [], "kw_only": []}
    if kind == "VAR_BETWEEN":
        return {"min": number(args[0]) - self_count, "max": None if number(args[1]) is None else number(args[1]) - self_count, "params": [],
                "keywords": [], "kw_only": []}
    if kind == "KW":
        fn = args[1]
        parsed = src.allowed_args(fn)
        if parsed is None:
            return {"min": number(args[0]) - self_count, "max": None, "params": [], "keywords": None,
                    "kw_only": []}
        return from_allowed(parsed, number(args[0]) - self_count, self_count)
    return None


def from_allowed(parsed, minimum, self_count):
    skip = parsed["skip"]
    lead = 0
    if skip < 0:
        lead = -skip - self_count  # positional-only arguments taken before the helper
        skip = 0
    positional = [n for n in parsed["names"] if n not in parsed["kw_only"]]
    required_pos = [n for n in positional if n in parsed["required"]]
    return {
        "min": max(minimum, lead + len(required_pos)),
        "max": lead + len(positional),
        "params": ["_"] * lead + positional,
        "keywords": [n for n in parsed["names"] if n != "_"],
        "kw_only": parsed["kw_only"],
        "required_kw": [n for n in parsed["required"] if n in parsed["kw_only"]],
    }


def constructor_of(src, type_info):
    make_new = type_info["slots"].get("make_new")
    if make_new is None:
        return None
    parsed = src.allowed_args(make_new)
    if parsed is not None:
        if parsed["skip"] >= 0:
            sig = from_allowed(parsed, 0, 0)
        else:
            sig = from_allowed(parsed, 0, 0)
        check = src.check_num(make_new)
        if check and parsed["skip"] < 0:
            sig["min"] = max(sig["min"], check[0] or 0)
        return sig
    check = src.check_num(make_new)
    if check:
        lo, hi, kw = check
        return {"min": lo or 0, "max": hi, "params": [], "keywords": None if kw else [], "kw_only": []}
    return {"min": 0, "max": None, "params": [], "keywords": None, "kw_only": []}


def resolve_type(src, ptr):
    name = ptr.lstrip("&")
    return src.types.get(name)


def describe_class(src, type_info, depth=0):
    out = {"constructor": constructor_of(src, type_info), "methods": {}, "constants": {}, "classes": {}}
    if "call" in type_info["slots"]:
        out["callable"] = True
    attr = type_info["slots"].get("attr")
    if attr and attr in src.bodies:
        # Attributes served by a C attr handler (asyncio's Task): names only.
        for name in sorted(set(re.findall(r"attr\s*==\s*MP_QSTR_(\w+)", src.bodies[attr]))):
            if not name.startswith("__"):
                out["methods"][name] = None
    parent = type_info["slots"].get("parent")
    if parent and resolve_type(src, parent):
        out["parent"] = resolve_type(src, parent)["name"]
    locals_dict = type_info["slots"].get("locals_dict")
    if locals_dict:
        for name, kind, value in src.entries(locals_dict):
            if kind == "INT":
                out["constants"][name] = constant_value(src, value)
            elif name.startswith("__"):
                continue
            elif kind == "PTR":
                ptr = value.lstrip("&")
                if ptr in src.types and depth < 2:
                    out["classes"][name] = describe_class(src, src.types[ptr], depth + 1)
                elif ptr in src.funs:
                    out["methods"][name] = signature_of_fun(src, ptr, src.funs[ptr][0] not in ("STATICMETHOD", "CLASSMETHOD"))
                else:
                    out["constants"][name] = None
            else:
                out["constants"][name] = None
    return out


def constant_value(src, expression):
    value = src.pre.expand(expression)
    value = re.sub(r"\(\s*u?int\w*_t\s*\)", "", value)
    value = re.sub(r"(\d+)[uUlL]+\b", r"\1", value)
    try:
        return int(eval(value, {"__builtins__": {}}, {}))
    except Exception:
        return None  # an ESP-IDF enum whose value is not in this repository


def describe_module(src, name):
    obj = src.modules.get(name)
    globals_dict = src.module_objects.get(obj)
    if globals_dict is None:
        return None
    out = {"functions": {}, "constants": {}, "classes": {}}
    for entry, kind, value in src.entries(globals_dict):
        if entry.startswith("__") and entry != "__init__":
            continue
        if kind == "INT":
            out["constants"][entry] = constant_value(src, value)
        elif kind == "PTR":
            ptr = value.lstrip("&")
            if ptr in src.types:
                out["classes"][entry] = describe_class(src, src.types[ptr])
            elif ptr in src.funs:
                out["functions"][entry] = signature_of_fun(src, ptr, False)
            else:
                out["constants"][entry] = None
        else:
            out["constants"][entry] = None
    return out


def python_signature(args, is_method):
    """A signature from a Python function's ast arguments."""
    import ast  # noqa: F401  (only for the type of args)
    positional = [a.arg for a in args.posonlyargs + args.args]
    if is_method and positional:
        positional = positional[1:]
    defaults = len(args.defaults)
    return {
        "min": len(positional) - defaults,
        "max": None if args.vararg else len(positional),
        "params": positional,
        "keywords": None if args.kwarg else positional + [a.arg for a in args.kwonlyargs],
        "kw_only": [a.arg for a in args.kwonlyargs],
        "required_kw": [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is None],
    }


def describe_asyncio(repo, tag, c_module):
    """asyncio: the frozen Python package (extmod/asyncio), with Task and TaskQueue from the C
    module _asyncio. Only public names (no leading underscore) of the modules __init__.py exports."""
    import ast
    out = {"functions": {}, "constants": {}, "classes": {}}
    init = git_show(repo, tag, "extmod/asyncio/__init__.py")
    lazy = ast.literal_eval(re.search(r"_attrs\s*=\s*(\{.*?\})", init, re.S).group(1))
    modules = {"core": None}
    for name, module in lazy.items():
        modules.setdefault(module, set()).add(name)
    for module, names in modules.items():
        tree = ast.parse(git_show(repo, tag, f"extmod/asyncio/{module}.py"))
        local_classes = {}
        for node in tree.body:
            if isinstance(node, ast.Try):
                nodes = node.body
            else:
                nodes = [node]
            for item in nodes:
                if isinstance(item, ast.Assign) and isinstance(item.value, ast.Name) and \
                        len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
                    alias, target = item.targets[0].id, item.value.id
                    if (names is None or alias in names) and target in local_classes:
                        out["classes"][alias] = local_classes[target]
                    continue
                name = getattr(item, "name", None)
                if name is None or name.startswith("_"):
                    continue
                exported = names is None or name in names
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    if exported:
                        out["functions"][name] = python_signature(item.args, False)
                elif isinstance(item, ast.ClassDef):
                    cls = {"constructor": None, "methods": {}, "constants": {}, "classes": {}}
                    for member in item.body:
                        if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                            static = any(getattr(d, "id", "") == "staticmethod" for d in member.decorator_list)
                            if member.name == "__init__":
                                cls["constructor"] = python_signature(member.args, True)
                            elif not member.name.startswith("_"):
                                cls["methods"][member.name] = python_signature(member.args, not static and item.name != "Loop")
                    if cls["constructor"] is None:
                        cls["constructor"] = {"min": 0, "max": 0, "params": [], "keywords": [], "kw_only": []}
                    local_classes[name] = cls
                    if exported:
                        out["classes"][name] = cls
    if c_module:
        for name, cls in c_module["classes"].items():
            out["classes"].setdefault(name, cls)
    # core.py: "from time import ticks_ms as ticks, ticks_diff, ticks_add"
    for name in ("ticks", "ticks_diff", "ticks_add"):
        out["functions"].setdefault(name, None)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", default="/work/.mirror/micropython+micropython/repo")
    parser.add_argument("--tag", default="v1.27.0")
    parser.add_argument("--out", default="-")
    options = parser.parse_args()

    pre = Preprocessor(options.repo, options.tag)
    for path in CONFIG_FILES:
        pre.process(path, collect_text=False)
    texts = []
    for path in SOURCE_FILES:
        if path in pre.included:
            continue
        pre.included.add(path)
        texts.append(pre.process(path))
    src = Sources("\n".join(texts), pre)

    table = {
        "micropython": options.tag,
        "port": "esp32 (ESP32_GENERIC board)",
        "derived_by": "esp32-stubs/tools/derive_api.py",
        "esp_idf_assumptions": ESP_IDF_ASSUMPTIONS,
        "signature_fields": {
            "min": "least number of positional arguments (self excluded)",
            "max": "most positional arguments (null: any number)",
            "params": "names of the positional parameters, in order (\"_\": positional only)",
            "keywords": "every keyword the function accepts (null: any; [] none)",
            "kw_only": "keywords that cannot be given by position",
        },
        "modules": {},
    }
    for name in MODULES:
        described = describe_module(src, name)
        if described is not None:
            table["modules"][name] = described
        else:
            print(f"warning: module {name} not found", file=sys.stderr)
    table["modules"]["asyncio"] = describe_asyncio(options.repo, options.tag,
                                                   describe_module(src, "_asyncio"))
    text = json.dumps(table, indent=1, sort_keys=True)
    if options.out == "-":
        print(text)
    else:
        with open(options.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
