# The simulated ESP32 for MicroPython ports that have no `machine` (the WebAssembly port the
# conformance suite runs): the same board as jmpy-esp32's Java simulation (dev.jmpy.board), driven
# by the same scenario JSON, writing the same history lines. `machine`, `network` and `esp32` are
# thin modules over this one.
#
# The board keeps one clock, in microseconds since power-on, and moves the host's clock with it
# (whole milliseconds, through the harness's _jmpy_host.block_ms), so asyncio's deadlines and the
# board's events interleave as on the JVM. It plugs into the harness's asyncio.run: a wait for the
# next deadline stops at the board's next event, and each scheduling step first runs what the
# board has due and polls ThreadSafeFlags, as a board's run loop polls its I/O queue.
#
# Written for jmpy from MicroPython's port sources (ports/esp32/*.c) and the Java simulation;
# every rule here is the Java one, in the same order.

import sys
import time
import json
import micropython

TICKS_PERIOD = 1 << 30
SCHEDULER_DEPTH = 8  # MICROPY_SCHEDULER_DEPTH in ports/esp32/mpconfigport.h

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5
EXT0_WAKE = 2
TIMER_WAKE = 4

ENODEV = 19
ETIMEDOUT = 116  # newlib's value, which the ESP32 uses (the WebAssembly port's errno says 110)
EPOCH_2000 = 946684800

IN = 1
OUT = 3
OPEN_DRAIN = 7
PULL_DOWN = 1
PULL_UP = 2
IRQ_RISING = 1
IRQ_FALLING = 2

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_BEACON_TIMEOUT = 200
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
REASON_ASSOC_LEAVE = 8
NO_AP_MS = 3000
RETRY_MS = 1000

_FULL_SCALE_MV = (950, 1250, 1750, 2450)


class BoardReset(BaseException):
    # Not an Exception: nothing in the program catches a reset, and asyncio's loop lets it out.
    def __init__(self, kind, cause, sleep_ms=0):
        super().__init__("board reset: " + kind)
        self.kind = kind
        self.cause = cause
        self.sleep_ms = sleep_ms


def _hex(data):
    return "-" if len(data) == 0 else "".join("%02x" % b for b in bytes(data))


def _quote(data):
    out = ['"']
    for c in bytes(data):
        if c == 10:
            out.append("\\n")
        elif c == 13:
            out.append("\\r")
        elif c == 9:
            out.append("\\t")
        elif c == 92:
            out.append("\\\\")
        elif c == 34:
            out.append('\\"')
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    return "".join(out)


def _buffer(buf):
    # A list raises TypeError("object with buffer protocol required"), as on the board.
    return memoryview(buf)


# ---------------------------------------------------------------- the board


class _Pad:
    def __init__(self, pin):
        self.id = pin
        self.mode = -1
        self.pull = -1
        self.out = 0
        self.external = None
        self.level = 0
        self.handler = None
        self.trigger = 0

    def compute(self):
        if self.mode == OUT:
            return self.out
        if self.mode == OPEN_DRAIN and self.out == 0:
            return 0
        if self.external is not None:
            return self.external
        return 1 if self.pull == PULL_UP else 0


class Board:
    def __init__(self):
        self.power_on()

    def power_on(self):
        self.boot_start_us = 0
        self.boot_us = 0  # microseconds since this boot; the host clock shows whole ms of it
        self.ticks_start_ms = 0
        self.boot_number = 1
        self.reset_cause = PWRON_RESET
        self.wake_reason = 0
        self.mem_free = 111168
        self.mem_alloc = 4352
        self.raw_temperature = 128
        self.cpu_freq = 160000000
        self.unique_id = b"\x24\x0a\xc4\x12\x34\x56"
        self.timeline = []  # [at_ms, seq, action, boot]
        self.timed_seq = 0
        self.scheduled = []
        self.running_scheduled = False
        self.history = []
        self.wdt_timeout = 0
        self.wdt_generation = 0
        self.pads = {}
        self.ext0 = None
        self.adc_inputs = {}
        self.adc_sequences = {}
        self.pwms = {}
        self.i2c = {}
        self.spi = {}
        self.selected_cs = None
        self.uarts = {}
        self.aps = []
        self.wifi_active = False
        self.wifi_requested = False
        self.wifi_connected = False
        self.wifi_reason = 0
        self.wifi_ssid = None
        self.wifi_key = None
        self.wifi_current = None
        self.wifi_generation = 0
        self.hostname = "mpy-esp32"
        self.nvs = {}
        self.rtc_memory = b""
        self.rtc_base_us = 0
        self.flags = []  # objects waited on (the poll): [obj, reader, writer], in registration order
        self.poller = None  # the select.poll over the stream objects among them

    # ------------------------------------------------------------ time

    def now_us(self):
        return self.boot_start_us + self.boot_us

    def now_ms(self):
        return self.now_us() // 1000

    def ticks_ms(self):
        return (self.ticks_start_ms + self.boot_us // 1000) % TICKS_PERIOD

    def ticks_us(self):
        return (self.ticks_start_ms * 1000 + self.boot_us) % TICKS_PERIOD

    def ticks_cpu(self):
        return ((self.ticks_start_ms * 1000 + self.boot_us) * 160) % TICKS_PERIOD

    def _move_to_us(self, us):
        # Board time never goes back; the host clock follows in whole milliseconds.
        boot_us = us - self.boot_start_us
        if boot_us <= self.boot_us:
            return
        before_ms = self.boot_us // 1000
        self.boot_us = boot_us
        after_ms = boot_us // 1000
        if after_ms > before_ms:
            _host.block_ms(after_ms - before_ms)

    def sleep_us(self, us):
        # A blocking wait: events due meanwhile fire at their time, handlers run during it.
        if us <= 0:
            self.run_scheduled()
            return
        end = self.now_us() + us
        while self.timeline and self.timeline[0][0] * 1000 <= end:
            self._move_to_us(max(self.now_us(), self.timeline[0][0] * 1000))
            self.run_due()
        self._move_to_us(end)
        self.run_due()

    # ------------------------------------------------------------ timeline

    def at(self, at_ms, action, boot=0):
        entry = [at_ms, self.timed_seq, action, boot]
        self.timed_seq += 1
        # Sorted by (time, sequence): insert after every entry not later than this one.
        i = len(self.timeline)
        while i > 0 and self.timeline[i - 1][0] > at_ms:
            i -= 1
        self.timeline.insert(i, entry)

    def after(self, delay_ms, action):
        self.at(self.now_ms() + max(0, delay_ms), action)

    def program_after(self, delay_ms, action):
        self.at(self.now_ms() + max(0, delay_ms), action, self.boot_number)

    def next_event_ms(self):
        return self.timeline[0][0] if self.timeline else -1

    def run_due(self):
        while self.timeline and self.timeline[0][0] <= self.now_ms():
            entry = self.timeline.pop(0)
            entry[2]()
        self.run_scheduled()

    # ------------------------------------------------------------ mp_sched_schedule

    def schedule(self, handler):
        if len(self.scheduled) >= SCHEDULER_DEPTH:
            return False
        self.scheduled.append(handler)
        return True

    def run_scheduled(self):
        if self.running_scheduled:
            return
        while self.scheduled:
            handler = self.scheduled.pop(0)
            self.running_scheduled = True
            try:
                handler()
            finally:
                self.running_scheduled = False

    # ------------------------------------------------------------ history

    def record(self, what):
        self.history.append("%d %s" % (self.now_ms(), what))

    # ------------------------------------------------------------ pins

    def pad(self, pin):
        if not ((0 <= pin <= 19) or (21 <= pin <= 23) or (25 <= pin <= 27) or (32 <= pin <= 39)):
            raise ValueError("invalid pin")
        p = self.pads.get(pin)
        if p is None:
            p = _Pad(pin)
            self.pads[pin] = p
        return p

    def settle(self, p, by_program):
        before = p.level
        p.level = p.compute()
        if before == p.level:
            return
        if by_program and (p.mode == OUT or p.mode == OPEN_DRAIN):
            self.record("pin %d %d" % (p.id, p.level))
            self.cs_changed(p.id, p.level)
        edge = IRQ_RISING if p.level == 1 else IRQ_FALLING
        if p.handler is not None and (p.trigger & edge):
            self.schedule(p.handler)

    def configure(self, pin, mode, pull, value):
        p = self.pad(pin)
        if value >= 0:
            p.out = value
        if mode != -2:
            if (mode == OUT or mode == OPEN_DRAIN) and pin >= 34:
                raise ValueError("pin can only be input")
            p.mode = mode
        if pull != -2:
            p.pull = pull
        self.settle(p, True)
        self.run_scheduled()

    def write(self, pin, value):
        p = self.pad(pin)
        p.out = 1 if value else 0
        self.settle(p, True)
        self.run_scheduled()

    def read(self, pin):
        self.run_scheduled()
        return self.pad(pin).level

    def toggle(self, pin):
        p = self.pad(pin)
        p.out = 1 - p.out
        self.settle(p, True)
        self.run_scheduled()

    def irq(self, pin, handler, trigger):
        p = self.pad(pin)
        p.handler = handler
        p.trigger = 0 if handler is None else trigger
        self.run_scheduled()

    def drive(self, pin, level):
        p = self.pad(pin)
        p.external = level
        self.settle(p, False)

    # ------------------------------------------------------------ ADC

    def sample_uv(self, pin):
        seq = self.adc_sequences.get(pin)
        if seq is not None:
            values, index = seq
            seq[1] = min(index + 1, len(values) - 1)
            return values[index] if values else 0
        steps = self.adc_inputs.get(pin)
        return 0 if steps is None else _step_value(steps, self.now_ms())

    def read_raw12(self, pin, atten):
        self.run_scheduled()
        uv = self.sample_uv(pin)
        full = _FULL_SCALE_MV[atten] * 1000
        raw = 0 if uv <= 0 else (uv * 4095 + full // 2) // full
        return min(4095, raw)

    # ------------------------------------------------------------ PWM

    def pwm_init(self, pin, freq, duty_u16, duty_ns, duty10):
        self.pad(pin)
        if freq != -1 and (freq <= 0 or freq > 40000000):
            raise ValueError("frequency must be from 1Hz to 40MHz")
        p = self.pwms.get(pin)
        fresh = p is None
        if fresh:
            p = {"freq": 0, "scale": 0, "ui": 0, "channel": 0, "res": 0}
        if duty_u16 >= 0:
            _set_u16(p, duty_u16)
        elif duty_ns >= 0:
            p["scale"] = 1
            p["ui"] = duty_ns
        elif duty10 >= 0:
            _set_u10(p, duty10)
        elif p["scale"] == 0:
            p["scale"] = 16
            p["ui"] = 32768
        if freq == -1:
            freq = 5000 if fresh else p["freq"]
        p["freq"] = freq
        p["res"] = _resolution(freq)
        _apply(p)
        self.pwms[pin] = p
        self.record("pwm %d %d %d" % (pin, p["freq"], _duty_u16(p)))
        self.run_scheduled()

    def pwm(self, pin):
        p = self.pwms.get(pin)
        if p is None:
            raise RuntimeError("PWM is inactive")
        return p

    def pwm_set_freq(self, pin, freq):
        p = self.pwm(pin)
        if freq <= 0 or freq > 40000000:
            raise ValueError("frequency must be from 1Hz to 40MHz")
        if freq == p["freq"]:
            return
        p["freq"] = freq
        p["res"] = _resolution(freq)
        _apply(p)
        self.record("pwm %d %d %d" % (pin, p["freq"], _duty_u16(p)))

    def pwm_set_duty(self, pin, scale, value):
        if scale == 16:
            _set_u16({}, value)
        elif scale == 10:
            _set_u10({}, value)
        p = self.pwm(pin)
        before = _duty_u16(p)
        if scale == 16:
            _set_u16(p, value)
        elif scale == 10:
            _set_u10(p, value)
        else:
            p["scale"] = 1
            p["ui"] = value
        _apply(p)
        if _duty_u16(p) != before:
            self.record("pwm %d %d %d" % (pin, p["freq"], _duty_u16(p)))

    def pwm_deinit(self, pin):
        if self.pwms.pop(pin, None) is not None:
            self.record("pwm %d off" % pin)

    # ------------------------------------------------------------ I2C

    def device(self, scl, sda, addr):
        bus = self.i2c.get((scl, sda))
        device = None if bus is None else bus.get(addr)
        if device is None:
            raise OSError(ENODEV)
        if device.hung:
            self.sleep_us(50000)
            raise OSError(ETIMEDOUT)
        return device

    def i2c_scan(self, scl, sda):
        self.run_scheduled()
        found = []
        bus = self.i2c.get((scl, sda), {})
        for addr in sorted(bus):
            if addr < 0x08 or addr > 0x77:
                continue
            if bus[addr].hung:
                self.sleep_us(50000)
                continue
            found.append(addr)
        return found

    def i2c_write(self, scl, sda, addr, data):
        self.run_scheduled()
        device = self.device(scl, sda, addr)
        self.record("i2c %d,%d %02x w %s" % (scl, sda, addr, _hex(data)))
        device.write(bytes(data))

    def i2c_read(self, scl, sda, addr, n):
        self.run_scheduled()
        device = self.device(scl, sda, addr)
        self.record("i2c %d,%d %02x r %d" % (scl, sda, addr, n))
        return device.read(n)

    # ------------------------------------------------------------ SPI

    def cs_changed(self, pin, level):
        device = self.spi.get(pin)
        if device is None:
            return
        if level == 0:
            self.selected_cs = pin
            device.select()
        else:
            if self.selected_cs == pin:
                self.selected_cs = None

    def spi_transfer(self, mosi):
        self.run_scheduled()
        cs = self.selected_cs
        self.record("spi %s w %s" % ("-" if cs is None else str(cs), _hex(mosi)))
        device = None if cs is None else self.spi.get(cs)
        out = bytearray(len(mosi))
        for i, b in enumerate(bytes(mosi)):
            out[i] = 0xFF if device is None else device.exchange(b)
        return bytes(out)

    # ------------------------------------------------------------ UART

    def uart(self, uid):
        u = self.uarts.get(uid)
        if u is None:
            u = {"rx": bytearray(), "line": bytearray(), "rules": [], "timeout": 0}
            self.uarts[uid] = u
        return u

    def uart_open(self, uid, timeout):
        if uid < 0 or uid > 2:
            raise ValueError("UART(%d) doesn't exist" % uid)
        self.uart(uid)["timeout"] = max(0, timeout)
        self.run_scheduled()

    def uart_receive(self, uid, data):
        self.uart(uid)["rx"].extend(data)

    def uart_readable(self, uid):
        return len(self.uart(uid)["rx"]) > 0

    def uart_await(self, uid, ready):
        u = self.uart(uid)
        if ready(u):
            return
        deadline = self.now_ms() + u["timeout"]
        while self.now_ms() < deadline:
            nxt = self.next_event_ms()
            until = deadline if nxt < 0 or nxt > deadline else max(nxt, self.now_ms())
            self.sleep_us((until - self.now_ms()) * 1000)
            if ready(u):
                return
            if nxt < 0 and until == deadline:
                break

    def uart_read(self, uid, n):
        self.run_scheduled()
        self.uart_await(uid, lambda u: len(u["rx"]) > 0)
        rx = self.uart(uid)["rx"]
        if not rx:
            return None
        count = len(rx) if n < 0 else min(n, len(rx))
        out = bytes(rx[:count])
        self.uart(uid)["rx"] = rx[count:]
        return out

    def uart_readline(self, uid):
        self.run_scheduled()
        self.uart_await(uid, lambda u: u["rx"].find(b"\n") >= 0)
        rx = self.uart(uid)["rx"]
        if not rx:
            return None
        end = rx.find(b"\n")
        count = len(rx) if end < 0 else end + 1
        out = bytes(rx[:count])
        self.uart(uid)["rx"] = rx[count:]
        return out

    def uart_write(self, uid, data):
        self.run_scheduled()
        data = bytes(data)
        u = self.uart(uid)
        self.record("uart %d tx %s" % (uid, _quote(data)))
        for b in data:
            u["line"].append(b)
            if b == 10:
                line = bytes(u["line"])
                u["line"] = bytearray()
                for expect, answer, delay in u["rules"]:
                    if expect == line:
                        self.after(delay, lambda uid=uid, answer=answer: self.uart_receive(uid, answer))
                        break
        return len(data)

    # ------------------------------------------------------------ Wi-Fi

    def find_ap(self, ssid):
        for ap in self.aps:
            if ap["ssid"] == ssid:
                return ap
        return None

    def wifi_set_active(self, on):
        self.run_scheduled()
        if on != self.wifi_active:
            self.wifi_active = on
            self.record("wlan active %d" % (1 if on else 0))
            if not on:
                self.wifi_requested = False
                if self.wifi_connected:
                    self.wifi_connected = False
                    self.record("wlan down %d" % REASON_ASSOC_LEAVE)
                self.wifi_generation += 1
        return self.wifi_active

    def wifi_connect(self, ssid, key):
        self.run_scheduled()
        if not self.wifi_active:
            raise OSError("Wifi Not Started")
        if ssid is not None:
            self.wifi_ssid = ssid
            self.wifi_key = key
        self.record("wlan connect " + _quote((self.wifi_ssid or "").encode()))
        if self.wifi_connected:
            self.wifi_connected = False
            self.record("wlan down %d" % REASON_ASSOC_LEAVE)
        self.wifi_requested = True
        self.wifi_attempt(0)

    def wifi_attempt(self, delay):
        self.wifi_generation += 1
        generation = self.wifi_generation
        ap = self.find_ap(self.wifi_ssid)
        duration = NO_AP_MS if ap is None or not ap["up"] else ap["connectMs"]

        def outcome():
            if generation != self.wifi_generation or not self.wifi_requested or not self.wifi_active:
                return
            target = self.find_ap(self.wifi_ssid)
            if target is None or not target["up"]:
                self.wifi_reason = STAT_NO_AP_FOUND
                self.wifi_attempt(RETRY_MS)
            elif target["key"] != self.wifi_key or target["refusals"] > 0:
                if target["key"] == self.wifi_key:
                    target["refusals"] -= 1
                self.wifi_reason = STAT_WRONG_PASSWORD
                self.wifi_attempt(RETRY_MS)
            else:
                self.wifi_connected = True
                self.wifi_current = target
                self.record("wlan up " + target["ip"])

        self.after(delay + duration, outcome)

    def wifi_disconnect(self):
        self.run_scheduled()
        self.wifi_requested = False
        self.wifi_generation += 1
        if self.wifi_connected:
            self.wifi_connected = False
            self.record("wlan down %d" % REASON_ASSOC_LEAVE)
        self.wifi_reason = REASON_ASSOC_LEAVE

    def wifi_status(self):
        self.run_scheduled()
        if self.wifi_connected:
            return STAT_GOT_IP
        if self.wifi_reason in (STAT_NO_AP_FOUND, STAT_WRONG_PASSWORD):
            return self.wifi_reason
        if self.wifi_reason == REASON_ASSOC_LEAVE:
            return STAT_IDLE
        if self.wifi_requested:
            return STAT_CONNECTING
        return STAT_IDLE if self.wifi_reason == 0 else self.wifi_reason

    def wifi_drop(self, ssid):
        for ap in self.aps:
            if ap["ssid"] == ssid:
                ap["up"] = False
        if self.wifi_connected and self.wifi_current is not None and self.wifi_current["ssid"] == ssid:
            self.wifi_connected = False
            self.wifi_reason = STAT_BEACON_TIMEOUT
            self.record("wlan down %d" % STAT_BEACON_TIMEOUT)
            if self.wifi_requested:
                self.wifi_attempt(RETRY_MS)

    def wifi_restore(self, ssid):
        for ap in self.aps:
            if ap["ssid"] == ssid:
                ap["up"] = True

    # ------------------------------------------------------------ NVS and RTC

    def nvs_set(self, ns, key, value, shown):
        if len(key) > 15:
            raise OSError(-0x1109, "ESP_ERR_NVS_KEY_TOO_LONG")
        self.nvs.setdefault(ns, {})[key] = value
        self.record("nvs %s %s %s" % (ns, key, shown))

    def nvs_get(self, ns, key, kind):
        value = self.nvs.get(ns, {}).get(key)
        if value is None or not isinstance(value, kind):
            raise OSError(-0x1102, "ESP_ERR_NVS_NOT_FOUND")
        return value

    def rtc_now_us(self):
        return self.rtc_base_us + self.now_us()

    # ------------------------------------------------------------ watchdog and resets

    def wdt_start(self, timeout):
        if timeout <= 0:
            raise ValueError("WDT timeout too short")
        self.wdt_timeout = timeout
        self.record("wdt start %d" % timeout)
        self.wdt_feed()

    def wdt_feed(self):
        if self.wdt_timeout <= 0:
            return
        self.wdt_generation += 1
        generation = self.wdt_generation

        def expire():
            if generation != self.wdt_generation:
                return
            self.record("reset wdt")
            raise BoardReset("wdt", WDT_RESET)

        self.at(self.now_ms() + self.wdt_timeout, expire)

    def deepsleep(self, ms):
        self.record("deepsleep %d" % ms)
        self.run_scheduled()
        raise BoardReset("deepsleep", DEEPSLEEP_RESET, ms)

    def hard_reset(self):
        self.record("reset hard")
        raise BoardReset("hard", HARD_RESET)

    def soft_reset(self):
        self.record("reset soft")
        raise BoardReset("soft", SOFT_RESET)

    # ------------------------------------------------------------ boots

    def _reboot_ram(self):
        for p in self.pads.values():
            p.mode = -1
            p.pull = -1
            p.out = 0
            p.handler = None
            p.trigger = 0
            p.level = p.compute()
        self.scheduled = []
        self.wdt_timeout = 0
        self.wdt_generation += 1

    def deep_sleep_pass(self, ms):
        # Between boots: board time passes, outside events happen, until ms or the ext0 pin.
        self._reboot_ram()
        end = self.now_ms() + ms if ms > 0 else None
        while True:
            if self.ext0 is not None and self.pad(self.ext0[0]).level == self.ext0[1]:
                return EXT0_WAKE
            nxt = self.next_event_ms()
            if nxt < 0 or (end is not None and nxt > end):
                break
            self._move_to_us(max(self.now_us(), nxt * 1000))
            self.run_due()
            self.scheduled = []
        if end is None:
            raise RuntimeError("machine.deepsleep() with no wake source that can fire (the board would sleep forever)")
        self._move_to_us(end * 1000)
        return TIMER_WAKE

    def reboot(self, cause, wake):
        self.boot_start_us = self.now_us() // 1000 * 1000  # the Java board keeps whole ms
        self.boot_us = 0
        self.timeline = [e for e in self.timeline if e[3] == 0]
        self.boot_number += 1
        self.cpu_freq = 160000000
        self.reset_cause = cause
        self.wake_reason = wake
        self._reboot_ram()
        self.pwms = {}
        self.selected_cs = None
        for u in self.uarts.values():
            u["rx"] = bytearray()
            u["line"] = bytearray()
        self.wifi_active = False
        self.wifi_requested = False
        self.wifi_connected = False
        self.wifi_reason = 0
        self.wifi_ssid = None
        self.wifi_key = None
        self.wifi_current = None
        self.wifi_generation += 1
        self.flags = []
        self.poller = None
        if cause != DEEPSLEEP_RESET:
            self.rtc_memory = b""


def _step_value(steps, t):
    value = steps[0][1] if steps else 0
    for at, v in steps:
        if at <= t:
            value = v
    return value


def _resolution(freq):
    clock = 1000000 if freq < 10 else 80000000
    div = max(1, (clock + freq // 2) // freq)
    bits = 0
    while (1 << (bits + 1)) <= div:
        bits += 1
    return min(bits, 16)


def _ns_to_duty(freq, ns):
    duty = (ns * 65536 * freq + 500000000) // 1000000000
    if ns > 0 and duty == 0:
        duty = 1
    elif duty > 65536:
        duty = 65536
    return duty


def _apply(p):
    if p["scale"] == 16:
        duty = p["ui"]
    elif p["scale"] == 10:
        duty = p["ui"] << 6
    else:
        duty = _ns_to_duty(p["freq"], p["ui"])
    p["channel"] = duty >> (16 - p["res"])


def _duty_u16(p):
    duty = p["channel"] << (16 - p["res"])
    return 65535 if duty == 65536 else duty


def _set_u16(p, duty):
    if duty < 0 or duty > 65535:
        raise ValueError("duty_u16 must be from 0 to 65536")
    p["scale"] = 16
    p["ui"] = 65536 if duty == 65535 else duty


def _set_u10(p, duty):
    if duty < 0 or duty > 1023:
        raise ValueError("duty must be from 0 to 1023")
    p["scale"] = 10
    p["ui"] = 1024 if duty == 1023 else duty


# ---------------------------------------------------------------- devices


class RegisterDevice:
    # 256 registers and a pointer; I2C: first byte of a write sets the pointer; SPI: first byte
    # after chip select is the address, bit 7 set to read.
    def __init__(self, address):
        self.address = address
        self.registers = bytearray(256)
        self.pointer = 0
        self.hung = False
        self.spi_state = 0
        self.spi_read = False

    def set(self, first, values):
        for i, v in enumerate(values):
            self.registers[(first + i) & 0xFF] = v & 0xFF

    def on_read(self, reg):
        return self.registers[reg]

    def on_write(self, reg, value):
        self.registers[reg] = value

    def write(self, data):
        if not data:
            return
        self.pointer = data[0]
        for b in data[1:]:
            self.on_write(self.pointer, b)
            self.pointer = (self.pointer + 1) & 0xFF

    def read(self, n):
        out = bytearray(n)
        for i in range(n):
            out[i] = self.on_read(self.pointer)
            self.pointer = (self.pointer + 1) & 0xFF
        return bytes(out)

    def select(self):
        self.spi_state = 0

    def exchange(self, mosi):
        if self.spi_state == 0:
            self.spi_state = 1
            self.spi_read = (mosi & 0x80) != 0
            self.pointer = mosi & 0x7F
            return 0xFF
        if self.spi_read:
            out = self.on_read(self.pointer)
        else:
            self.on_write(self.pointer, mosi)
            out = 0xFF
        self.pointer = (self.pointer + 1) & 0x7F
        return out


class Bme280(RegisterDevice):
    # The BME280 of the Java simulation (dev.jmpy.board.Bme280): datasheet registers, forced
    # measurements taking the datasheet's maximum time, raw values that the datasheet's integer
    # compensation turns back into the environment.
    T1, T2, T3 = 27504, 26435, -1000
    P1, P2, P3, P4, P5, P6, P7, P8, P9 = 36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000
    H1, H2, H3, H4, H5, H6 = 75, 362, 0, 324, 0, 30

    def __init__(self, board, address, temperature, pressure, humidity):
        super().__init__(address)
        self.board = board
        self.temperature = temperature
        self.pressure = pressure
        self.humidity = humidity
        self.stuck = False
        self.reset()

    def reset(self):
        r = self.registers
        for i in range(256):
            r[i] = 0
        r[0xD0] = 0x60
        for reg, value in ((0x88, self.T1), (0x8A, self.T2), (0x8C, self.T3), (0x8E, self.P1),
                           (0x90, self.P2), (0x92, self.P3), (0x94, self.P4), (0x96, self.P5),
                           (0x98, self.P6), (0x9A, self.P7), (0x9C, self.P8), (0x9E, self.P9),
                           (0xE1, self.H2)):
            r[reg] = value & 0xFF
            r[reg + 1] = (value >> 8) & 0xFF
        r[0xA1] = self.H1
        r[0xE3] = self.H3
        r[0xE4] = (self.H4 >> 4) & 0xFF
        r[0xE5] = ((self.H5 & 0x0F) << 4) | (self.H4 & 0x0F)
        r[0xE6] = (self.H5 >> 4) & 0xFF
        r[0xE7] = self.H6 & 0xFF
        self.put_data((0x80, 0x00, 0x00, 0x80, 0x00, 0x00, 0x80, 0x00))
        self.ctrl_hum_latched = 0
        self.measure_done = -1
        self.pending = None

    def put_data(self, data):
        for i in range(8):
            self.registers[0xF7 + i] = data[i]

    def on_write(self, reg, value):
        if reg == 0xE0:
            if value == 0xB6:
                self.reset()
        elif reg == 0xF2:
            self.registers[0xF2] = value & 0x07
        elif reg == 0xF4:
            self.registers[0xF4] = value
            self.ctrl_hum_latched = self.registers[0xF2]
            mode = value & 0x03
            if mode == 1 or mode == 2:
                self.start()
        elif reg == 0xF5:
            self.registers[0xF5] = value & 0xFD

    def start(self):
        os_t = _factor((self.registers[0xF4] >> 5) & 7)
        os_p = _factor((self.registers[0xF4] >> 2) & 7)
        os_h = _factor(self.ctrl_hum_latched & 7)
        us = 1250 + 2300 * os_t + (2300 * os_p + 575 if os_p else 0) + (2300 * os_h + 575 if os_h else 0)
        started = self.board.now_ms()
        self.measure_done = started + (us + 999) // 1000
        self.pending = None if self.stuck else self.sample(started, os_t > 0, os_p > 0, os_h > 0)

    def settle(self):
        if self.stuck:
            return
        if (self.registers[0xF4] & 0x03) == 3:
            self.put_data(self.sample(self.board.now_ms(), True, True, True))
            return
        if self.measure_done >= 0 and self.board.now_ms() >= self.measure_done:
            if self.pending is not None:
                self.put_data(self.pending)
            self.measure_done = -1
            self.pending = None
            self.registers[0xF4] &= ~0x03

    def on_read(self, reg):
        self.settle()
        if reg == 0xF3:
            return 0x08 if self.measure_done >= 0 else 0x00
        return self.registers[reg]

    def read(self, n):
        self.settle()
        return super().read(n)

    def sample(self, at, with_t, with_p, with_h):
        adc_t = self.raw_t(_step_value(self.temperature, at)) if with_t else 0x80000
        t_fine = self.t_fine(adc_t if with_t else self.raw_t(2500))
        adc_p = self.raw_p(t_fine, _step_value(self.pressure, at)) if with_p else 0x80000
        adc_h = self.raw_h(t_fine, _step_value(self.humidity, at)) if with_h else 0x8000
        return ((adc_p >> 12) & 0xFF, (adc_p >> 4) & 0xFF, (adc_p & 0x0F) << 4,
                (adc_t >> 12) & 0xFF, (adc_t >> 4) & 0xFF, (adc_t & 0x0F) << 4,
                (adc_h >> 8) & 0xFF, adc_h & 0xFF)

    def t_fine(self, adc_t):
        var1 = (((adc_t >> 3) - (self.T1 << 1)) * self.T2) >> 11
        d = (adc_t >> 4) - self.T1
        var2 = (((d * d) >> 12) * self.T3) >> 14
        return var1 + var2

    def comp_t(self, adc_t):
        return (self.t_fine(adc_t) * 5 + 128) >> 8

    def comp_p(self, t_fine, adc_p):
        var1 = (t_fine >> 1) - 64000
        var2 = (((var1 >> 2) * (var1 >> 2)) >> 11) * self.P6
        var2 = var2 + ((var1 * self.P5) << 1)
        var2 = (var2 >> 2) + (self.P4 << 16)
        var1 = (((self.P3 * (((var1 >> 2) * (var1 >> 2)) >> 13)) >> 3) + ((self.P2 * var1) >> 1)) >> 18
        var1 = ((32768 + var1) * self.P1) >> 15
        if var1 == 0:
            return 0
        p = ((1048576 - adc_p) - (var2 >> 12)) * 3125
        if p < 0x80000000:
            p = _cdiv(p << 1, var1)
        else:
            p = _cdiv(p, var1) * 2
        var1 = (self.P9 * (((p >> 3) * (p >> 3)) >> 13)) >> 12
        var2 = ((p >> 2) * self.P8) >> 13
        return p + ((var1 + var2 + self.P7) >> 4)

    def comp_h(self, t_fine, adc_h):
        v = t_fine - 76800
        v = ((((adc_h << 14) - (self.H4 << 20) - (self.H5 * v) + 16384) >> 15)
             * (((((((v * self.H6) >> 10) * (((v * self.H3) >> 11) + 32768)) >> 10) + 2097152) * self.H2
                 + 8192) >> 14))
        v = v - (((((v >> 15) * (v >> 15)) >> 7) * self.H1) >> 4)
        v = max(0, min(v, 419430400))
        return v >> 12

    def raw_t(self, centi):
        low, high = 0, (1 << 20) - 1
        while low < high:
            mid = (low + high) >> 1
            if self.comp_t(mid) >= centi:
                high = mid
            else:
                low = mid + 1
        return low

    def raw_p(self, t_fine, pa):
        low, high = 0, (1 << 20) - 1
        while low < high:
            mid = (low + high) >> 1
            if self.comp_p(t_fine, mid) <= pa:
                high = mid
            else:
                low = mid + 1
        return low

    def raw_h(self, t_fine, rh):
        low, high = 0, (1 << 16) - 1
        while low < high:
            mid = (low + high) >> 1
            if self.comp_h(t_fine, mid) >= rh:
                high = mid
            else:
                low = mid + 1
        return low


def _cdiv(a, b):
    # C's truncating division (Java's /).
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _factor(osrs):
    return 0 if osrs == 0 else 1 << min(osrs - 1, 4)


# ---------------------------------------------------------------- scenario


def _steps(spec):
    if isinstance(spec, list):
        return [(s[0], s[1]) for s in spec]
    return [(0, spec)]


def _device(board, spec):
    model = spec.get("model")
    address = spec.get("address", 0)
    if model == "bme280":
        d = Bme280(board, address or 0x76, _steps(spec.get("temperature", 2150)),
                   _steps(spec.get("pressure", 101325)), _steps(spec.get("humidity", 47445)))
    elif model == "registers":
        d = RegisterDevice(address)
    else:
        raise ValueError("unknown device model %s" % model)
    for first, values in spec.get("registers", []):
        d.set(first, values)
    if spec.get("hang"):
        d.hung = True
    return d


def load(board, text):
    s = json.loads(text)
    if "ticksStartMs" in s:
        board.ticks_start_ms = s["ticksStartMs"]
    if "memFree" in s:
        board.mem_free = s["memFree"]
    if "rawTemperature" in s:
        board.raw_temperature = s["rawTemperature"]
    if "rtc" in s:
        y, mo, d, h, mi, se = s["rtc"]
        board.rtc_base_us = _mktime2000((y, mo, d, h, mi, se)) * 1000000 - board.now_us()
    for p in s.get("pins", []):
        board.drive(p["pin"], p["level"])
    for a in s.get("adc", []):
        if "uv" in a:
            board.adc_inputs[a["pin"]] = [(0, a["uv"])]
        elif "sequence" in a:
            board.adc_sequences[a["pin"]] = [list(a["sequence"]), 0]
        elif "steps" in a:
            board.adc_inputs[a["pin"]] = _steps(a["steps"])
    for bus in s.get("i2c", []):
        devices = board.i2c.setdefault((bus["scl"], bus["sda"]), {})
        for spec in bus.get("devices", []):
            device = _device(board, spec)
            devices[device.address] = device
    for spec in s.get("spi", []):
        board.spi[spec["cs"]] = _device(board, spec)
    for u in s.get("uart", []):
        for expect, answer, delay in u.get("replies", []):
            board.uart(u["id"])["rules"].append((expect.encode(), answer.encode(), delay))
    for ap in s.get("wifi", []):
        board.aps = [a for a in board.aps if a["ssid"] != ap["ssid"]]
        board.aps.append({"ssid": ap["ssid"], "key": ap["key"], "connectMs": ap.get("connectMs", 1500),
                          "refusals": ap.get("refusals", 0), "ip": ap.get("ip", "192.168.1.50"),
                          "rssi": ap.get("rssi", -55), "channel": ap.get("channel", 6), "up": True})
    for ns, key, value in s.get("nvs", []):
        board.nvs_set(ns, key, value, str(value))
    for e in s.get("events", []):
        _event(board, e)
    return s.get("boots", 1)


def _event(board, e):
    at = e["at"]
    if "pin" in e:
        board.at(at, lambda pin=e["pin"], level=e["level"]: board.drive(pin, level))
    elif "uart" in e:
        board.at(at, lambda uid=e["uart"], data=e["send"].encode(): board.uart_receive(uid, data))
    elif e.get("wifi") == "drop":
        ssid = e["ssid"]
        board.at(at, lambda: board.wifi_drop(ssid))
        back = e.get("backAfterMs", -1)
        if back >= 0:
            board.at(at + back, lambda: board.wifi_restore(ssid))
    elif "i2c" in e:
        key = (e["i2c"][0], e["i2c"][1])
        addr = e["address"]
        if e.get("detach"):
            board.at(at, lambda: board.i2c.get(key, {}).pop(addr, None))
        elif e.get("hang"):
            def hang():
                d = board.i2c.get(key, {}).get(addr)
                if d is not None:
                    d.hung = True
            board.at(at, hang)
    else:
        raise ValueError("unknown scenario event %s" % json.dumps(e))


# ---------------------------------------------------------------- time (2000 epoch)

_port_localtime = time.localtime
_port_mktime = time.mktime


def _mktime2000(t):
    return _port_mktime((t[0], t[1], t[2], t[3], t[4], t[5], 0, 0)) - EPOCH_2000


def localtime(secs=None):
    if secs is None:
        secs = board.rtc_now_us() // 1000000
    return _port_localtime(secs + EPOCH_2000)


def mktime(t):
    return _mktime2000(t)


# ---------------------------------------------------------------- asyncio integration


class ThreadSafeFlag:
    # asyncio.ThreadSafeFlag for a port whose asyncio has none: waiting registers the task with
    # the board's poll, which wakes it at the next scheduling step after set(), as a board's
    # IOQueue does.
    def __init__(self):
        self.state = 0

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    def wait(self):
        if not self.state:
            if _polled_entry(self) is not None:
                raise RuntimeError("ThreadSafeFlag.wait(): another task is already waiting on this flag")
            yield from _queue(self, 0)
        self.state = 0


# The board's I/O queue for a port whose asyncio has none (the WebAssembly port's has no IOQueue):
# board.flags holds one entry per waited-on object, [obj, reader, writer], in registration order.
# A ThreadSafeFlag is ready while set; a stream object (machine.UART) is asked through a real
# select.poll, which calls its ioctl(MP_STREAM_POLL) as a board's poll does. The rules are the
# JVM's IoQueue: one reader and one writer per object; a ready waiter is queued in registration
# order; cancelling either waiter drops the whole entry.

def _polled_entry(obj):
    for entry in board.flags:
        if entry[0] is obj:
            return entry
    return None


def _queue(obj, slot):
    # queue_read (slot 1) or queue_write (slot 2) of obj, then suspend the current task; slot 0 is
    # a flag's reader.
    import asyncio.core as core

    task = core.cur_task
    entry = _polled_entry(obj)
    if entry is None:
        entry = [obj, None, None]
        board.flags.append(entry)
    elif entry[max(1, slot)] is not None:
        raise RuntimeError("asyncio: two tasks wait to %s the same stream (MicroPython allows one of"
                           " each)" % ("read from" if slot < 2 else "write to"))
    entry[max(1, slot)] = task
    if slot:
        import select

        if board.poller is None:
            board.poller = select.poll()
        board.poller.register(obj, (select.POLLIN if entry[1] else 0) | (select.POLLOUT if entry[2] else 0))
    task.data = _PollWaiters
    yield


class _PollWaiters:
    # What a waiting task's data holds, so that cancelling it takes its entry off the poll.
    @staticmethod
    def remove(task):
        for entry in [e for e in board.flags if e[1] is task or e[2] is task]:
            _drop(entry)


def _drop(entry):
    board.flags = [e for e in board.flags if e is not entry]
    if not isinstance(entry[0], ThreadSafeFlag):
        board.poller.unregister(entry[0])


def _poll_flags(core):
    if not board.flags:
        return
    ready = {}
    if board.poller is not None:
        for obj, events in board.poller.ipoll(0):
            ready[id(obj)] = events
    import select

    for entry in list(board.flags):
        obj = entry[0]
        if isinstance(obj, ThreadSafeFlag):
            readable, writable = obj.state, False
        else:
            events = ready.get(id(obj), 0)
            # An error or hang-up shows as ready for both, as on a board.
            broken = events & (select.POLLERR | select.POLLHUP)
            readable = events & select.POLLIN or broken
            writable = events & select.POLLOUT or broken
        if readable and entry[1] is not None:
            core._task_queue.push(entry[1])
            entry[1] = None
        if writable and entry[2] is not None:
            core._task_queue.push(entry[2])
            entry[2] = None
        if entry[1] is None and entry[2] is None:
            _drop(entry)
        elif not isinstance(obj, ThreadSafeFlag):
            board.poller.modify(obj, (select.POLLIN if entry[1] else 0) | (select.POLLOUT if entry[2] else 0))


class Stream:
    # asyncio.Stream (StreamReader and StreamWriter are this class) for a port whose asyncio has
    # none, over a device such as machine.UART: what MicroPython's extmod/asyncio/stream.py does
    # with a polled device. Every read first waits in the board's poll until the device is
    # readable, then reads what is there; a write goes to the device at once, and drain() only
    # yields unless the device took part of it.
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    def read(self, n=-1):
        got = b""
        while True:
            yield from _queue(self.s, 1)
            part = self.s.read(n)
            if part is None:
                continue
            if n >= 0:
                return part
            if not part:
                return got
            got += part

    def readinto(self, buf):
        yield from _queue(self.s, 1)
        return self.s.readinto(buf)

    def readexactly(self, n):
        got = b""
        while n:
            yield from _queue(self.s, 1)
            part = self.s.read(n)
            if part is None:
                continue
            if not part:
                raise EOFError
            got += part
            n -= len(part)
        return got

    def readline(self):
        line = b""
        while True:
            yield from _queue(self.s, 1)
            part = self.s.readline()
            if part is None:
                continue
            line += part
            if not part or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            sent = self.s.write(buf)
            if sent == len(buf):
                return
            if sent is not None:
                buf = buf[sent:]
        self.out_buf += buf

    def drain(self):
        if not self.out_buf:
            import asyncio

            yield from asyncio.sleep_ms(0)
            return
        pending = memoryview(self.out_buf)
        done = 0
        while done < len(pending):
            yield from _queue(self.s, 2)
            sent = self.s.write(pending[done:])
            if sent is not None:
                done += sent
        self.out_buf = b""


def _step(core):
    # What a board's run loop does before each task step: the board's due events and queued
    # handlers, then the poll.
    board.run_due()
    _poll_flags(core)


def _install_loop():
    import asyncio
    import asyncio.core as core
    from time import ticks_diff

    ticks = core.ticks
    CancelledError = core.CancelledError

    def run_iter():
        # One pass of the scheduler, as the port's _run_iter, with _step before every task.
        excs_all = (CancelledError, Exception)
        excs_stop = (CancelledError, StopIteration)
        while True:
            _step(core)
            t = core._task_queue.peek()
            if not t or ticks_diff(t.ph_key, ticks()) > 0:
                core.cur_task = core._top_level_task
                return
            t = core._task_queue.pop()
            core.cur_task = t
            try:
                exc = t.data
                if not exc:
                    t.coro.send(None)
                else:
                    t.data = None
                    t.coro.throw(exc)
            except excs_all as er:
                _finished(core, t, exc, er, excs_stop)

    def wait(ms):
        # The harness's wait for the next deadline (ms; None: no deadline): stops at the board's
        # next event. False when nothing at all can happen.
        # The loop's clock moves in whole ms, keeping the board's sub-ms part (as the Java loop).
        nxt = board.next_event_ms()
        now = board.now_ms()
        if ms is None:
            if nxt < 0:
                return False
            target = max(now, nxt)
        else:
            target = now + ms
            if 0 <= nxt < target:
                target = max(now, nxt)
        board._move_to_us(board.now_us() + (target - now) * 1000)
        return True

    core._run_iter = run_iter
    core._jmpy_wait = wait
    if not hasattr(asyncio, "ThreadSafeFlag"):
        asyncio.ThreadSafeFlag = ThreadSafeFlag
    if not hasattr(asyncio, "StreamReader"):
        asyncio.StreamReader = Stream
        asyncio.StreamWriter = Stream


def _finished(core, t, exc, er, excs_stop):
    # A task's coroutine ended (er: StopIteration, CancelledError or an Exception).
    if t.state:
        waiting = False
        if t.state is True:
            t.state = None
        elif callable(t.state):
            t.state(t, er)
            t.state = False
            waiting = True
        else:
            while t.state.peek():
                core._task_queue.push(t.state.pop())
                waiting = True
            t.state = False
        if not waiting and not isinstance(er, excs_stop):
            core._task_queue.push(t)
        t.data = er
    elif t.state is None:
        t.data = exc
        core._exc_context["exception"] = exc
        core._exc_context["future"] = t
        core.Loop.call_exception_handler(core._exc_context)


def _install_time():
    def sleep_ms(ms):
        board.sleep_us(max(0, ms) * 1000)

    def sleep_us(us):
        board.sleep_us(max(0, us))

    def sleep(seconds):
        board.sleep_us(int(max(0, seconds) * 1000000))

    time.sleep_ms = sleep_ms
    time.sleep_us = sleep_us
    time.sleep = sleep
    time.ticks_ms = board.ticks_ms
    time.ticks_us = board.ticks_us
    time.ticks_cpu = board.ticks_cpu
    time.time = lambda: board.rtc_now_us() // 1000000
    time.time_ns = lambda: board.rtc_now_us() * 1000
    time.localtime = localtime
    time.gmtime = localtime
    time.mktime = mktime


# ---------------------------------------------------------------- gc


class _Gc:
    # gc as the board reports it: the heap figures are the scenario's (the WebAssembly port's heap
    # grows on demand, over 100 MB). Installed as sys.modules["gc"], which `import gc` returns.
    def __init__(self, real):
        self._real = real

    def collect(self):
        self._real.collect()

    def mem_free(self):
        return board.mem_free

    def mem_alloc(self):
        return board.mem_alloc

    def enable(self):
        self._real.enable()

    def disable(self):
        self._real.disable()

    def isenabled(self):
        return self._real.isenabled()


# ---------------------------------------------------------------- harness entry points

board = Board()
_host = None


def install(host, scenario_text):
    # Called by the harness before the first boot: the host clock, the scenario, the hooks.
    global _host
    _host = host
    boots = load(board, scenario_text) if scenario_text else 1
    _install_loop()
    _install_time()
    import gc

    sys.modules["gc"] = _Gc(gc)
    return boots


def boot():
    # Before main.py runs: the boot line of the history.
    board.record("boot %d %d %d" % (board.boot_number, board.reset_cause, board.wake_reason))


def reboot(reset):
    # After main.py ended with a reset: the board boots again (deep sleep passes first).
    wake = 0
    cause = SOFT_RESET if reset is None else reset.cause
    if reset is not None and reset.kind == "deepsleep":
        wake = board.deep_sleep_pass(reset.sleep_ms)
    board.reboot(cause, wake)
    import asyncio.core as core

    core.new_event_loop()
    core.Loop._exc_handler = None


def dump():
    print("--- board ---")
    for line in board.history:
        print(line)
